"""The pre-sale desk in the workstation: quick phrases, payment reminders, price changes,
flags, buyer history, feedback, carriers, conversion."""
