namespace LeadershipPortal.Domain.Common;

/// <summary>Regions used for Member States, missions and the experience of people.</summary>
public enum Region
{
    Africa,
    Americas,
    AsiaPacific,
    Europe,
    MiddleEast,
}

/// <summary>Mandate areas met in the mandates of current peacekeeping missions.</summary>
public enum MandateArea
{
    ProtectionOfCivilians,
    PoliticalProcess,
    RuleOfLaw,
    Ddr,
    Elections,
    HumanitarianAccess,
    CeasefireMonitoring,
}

/// <summary>Self-identified and optional; a null gender means "not stated".</summary>
public enum Gender
{
    Woman,
    Man,
    Another,
    PreferNotToSay,
}

public enum Grade
{
    USG,
    ASG,
    D2,
}

public enum LanguageLevel
{
    Basic,
    Working,
    Fluent,
    Native,
}
