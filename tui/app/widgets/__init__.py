"""The app's widgets: article column, item table, detail panel."""
