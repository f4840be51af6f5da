namespace LeadershipPortal.Domain.Common;

/// <summary>
/// A business rule refused an operation. Pages turn it into a validation message; it never becomes a 500.
/// </summary>
public sealed class DomainRuleException(string message) : Exception(message);
