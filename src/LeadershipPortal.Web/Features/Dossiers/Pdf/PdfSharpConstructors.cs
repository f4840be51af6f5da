using System.Reflection;
using PdfSharp.Pdf;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>
/// Keeps PDFsharp's reflection alive for the life of the process. PDFsharp creates many of a document's
/// dictionaries and arrays (page resources, font descriptors, widths) by looking up a constructor with
/// <see cref="Type.GetConstructor(BindingFlags, Binder?, Type[], ParameterModifier[]?)"/> and invoking it. The runtime
/// caches a type's constructors only weakly, so after a garbage collection the lookup builds a new
/// <see cref="ConstructorInfo"/>, whose second call emits a fresh invoke stub (a dynamic method) that the finalizer
/// thread then has to destroy: profiling showed more processor time there than in composing the pages. Holding the
/// constructors strongly keeps each type's reflection cache, and the stubs emitted once, alive.
/// </summary>
internal static class PdfSharpConstructors
{
    private static readonly Type[][] Signatures = [[typeof(PdfDocument)], [typeof(PdfDictionary)], [typeof(PdfArray)]];

    private static readonly ConstructorInfo[] Pinned = Find();

    /// <summary>How many constructors are held (at least the page, resources and font dictionaries').</summary>
    public static int Count => Pinned.Length;

    /// <summary>Runs the static initialiser; cheap after the first call.</summary>
    public static void EnsurePinned() => GC.KeepAlive(Pinned);

    private static ConstructorInfo[] Find()
    {
        Type?[] types;
        try
        {
            types = typeof(PdfDocument).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types;
        }

        const BindingFlags Any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        return
        [
            .. types
                .Where(t => t is { IsAbstract: false } && (typeof(PdfDictionary).IsAssignableFrom(t) || typeof(PdfArray).IsAssignableFrom(t)))
                .SelectMany(t => Signatures.Select(signature => t!.GetConstructor(Any, binder: null, signature, modifiers: null)))
                .OfType<ConstructorInfo>(),
        ];
    }
}
