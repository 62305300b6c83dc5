"""What agents hand over: a ticket's transcript (printable HTML, plain text), the queue's
current view (CSV, XLSX) and the dispute evidence pack (one zip a platform reviewer can
follow). Reads only; no Qt."""
