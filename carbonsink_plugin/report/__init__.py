"""The evaluation report (HTML/PDF) and its charts."""
