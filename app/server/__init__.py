"""The team server: accounts, push, pull and the change log over HTTP."""
