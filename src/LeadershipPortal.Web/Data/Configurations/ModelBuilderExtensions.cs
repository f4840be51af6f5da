using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeadershipPortal.Web.Data.Configurations;

internal static class ModelBuilderExtensions
{
    /// <summary>Stores a list of enum values as a JSON array of names rather than numbers.</summary>
    public static PrimitiveCollectionBuilder<List<TEnum>> StoredAsNames<TEnum>(this PrimitiveCollectionBuilder<List<TEnum>> builder)
        where TEnum : struct, Enum
    {
        builder.ElementType().HasConversion<string>();
        return builder;
    }
}
