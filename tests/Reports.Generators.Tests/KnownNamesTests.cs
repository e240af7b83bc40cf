using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Reports.Generators.Tests;

/// <summary>The model recognises the runtime's and the BCL's types by name and namespace, without formatting them.</summary>
public sealed class KnownNamesTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;

        namespace Other.Collections.Generic
        {
            public class List<T> { }
        }

        namespace Deep.System
        {
            public struct DateOnly { }
        }

        namespace Reports
        {
            public class Holder
            {
                public class CodeBlock { }
            }
        }

        namespace Demo
        {
            public class List<T> { }

            public class Outer
            {
                public class DateOnly { }
            }

            public class Uses
            {
                public List<string> Own { get; set; } = new();
                public System.Collections.Generic.List<string> Bcl { get; set; } = new();
                public IReadOnlyList<int> ReadOnly { get; set; } = new int[0];
                public Reports.ReportList<string> Items { get; set; } = Reports.ReportList<string>.Empty;
                public System.DateOnly Date { get; set; }
                public Outer.DateOnly Nested { get; set; } = new();
                public Reports.CodeBlock? Code { get; set; }
                public Other.Collections.Generic.List<string> SameDepth { get; set; } = new();
                public Reports.Holder.CodeBlock NestedInRuntimeNamespace { get; set; } = new();
                public System.DateOnly? MaybeDate { get; set; }
                public Deep.System.DateOnly Deeper { get; set; }
            }
        }
        """;

    [Theory]
    [InlineData("Own", KnownNames.List, false)]
    [InlineData("Bcl", KnownNames.List, true)]
    [InlineData("Bcl", KnownNames.ReadOnlyList, false)]
    [InlineData("ReadOnly", KnownNames.ReadOnlyList, true)]
    [InlineData("Items", KnownNames.ReportList, true)]
    [InlineData("Date", KnownNames.DateOnly, true)]
    [InlineData("Nested", KnownNames.DateOnly, false)]
    [InlineData("Code", KnownNames.CodeBlock, true)]
    [InlineData("MaybeDate", KnownNames.DateOnly, false)]
    [InlineData("SameDepth", KnownNames.List, false)]
    [InlineData("Deeper", KnownNames.DateOnly, false)]
    [InlineData("NestedInRuntimeNamespace", KnownNames.CodeBlock, false)]
    public void Types_are_matched_by_metadata_name_namespace_and_nesting(string property, string fullMetadataName, bool matches)
    {
        Assert.Equal(matches, KnownNames.Is(PropertyType(property), fullMetadataName));
    }

    [Fact]
    public void A_value_type_is_matched_once_its_nullable_wrapper_is_taken_off()
    {
        var date = (INamedTypeSymbol)PropertyType("MaybeDate");

        Assert.True(KnownNames.Is(date.TypeArguments.Single(), KnownNames.DateOnly));
    }

    private static ITypeSymbol PropertyType(string property) =>
        GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Source)
            .GetTypeByMetadataName("Demo.Uses")!.GetMembers(property).OfType<IPropertySymbol>().Single().Type;
}
