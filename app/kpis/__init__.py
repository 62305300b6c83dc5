"""Key figures for the supervisor (pure SQL aggregates, no Qt): see docs/kpis.md."""
