"""The import dialog: platform exports into the workstation, with progress and cancel."""
