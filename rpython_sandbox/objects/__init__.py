"""The guest's object model: one module per object family (W_ classes)."""
