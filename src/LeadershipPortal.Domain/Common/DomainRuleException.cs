namespace LeadershipPortal.Domain.Common;

/// <summary>
/// A business rule refused an operation. Pages turn it into a validation message; it never becomes a 500.
/// <see cref="Sentence"/> keeps the message's template and values so the page can translate it; the
/// exception's <c>Message</c> is the English.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message)
        : this(new Sentence(message))
    {
    }

    public DomainRuleException(string template, params object?[] values)
        : this(new Sentence(template, values))
    {
    }

    public DomainRuleException(Sentence sentence)
        : base(sentence.ToString()) => Sentence = sentence;

    public Sentence Sentence { get; }
}
