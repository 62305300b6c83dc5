"""The product knowledge base, return addresses, suppliers and closed shops."""
