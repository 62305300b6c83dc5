"""The workstation's side of the team sync: login, the background runner, the status widget
and the sync-conflicts list."""
