// Placeholder so the target builds until the module's issue lands; delete it then.
@usableFromInline internal enum _PlaceholderGeometry {}
