using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace Reports.Generators.Model;

/// <summary>
/// The section and item records of all reports, each once: the types that get their own builder and completeness
/// members. A record shared by two reports (or used twice in one) appears once, so its generated members are
/// defined once; report types are left out (their own output covers them).
/// </summary>
internal static class SectionTypes
{
    public static ImmutableArray<RecordModel> Of(ImmutableArray<ReportModel> reports, CancellationToken cancellationToken)
    {
        var reportTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            reportTypes.Add(report.FullTypeName);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = ImmutableArray.CreateBuilder<RecordModel>();
        void Visit(RecordModel record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in record.Members)
            {
                // A section with a layout (a table, a list) holds the layout's view of the item type.
                var inner = member.Body is { } body ? body.Value.Record : member.Value.Record;
                if (inner is null)
                {
                    continue;
                }

                if (!reportTypes.Contains(inner.FullTypeName) && inner.Shape is { IsInSource: true } shape
                    && (shape.GeneratesBuilder || shape.CanExtend) && seen.Add(inner.FullTypeName))
                {
                    records.Add(inner);
                }

                Visit(inner);
            }
        }

        foreach (var report in reports)
        {
            Visit(report.Root);
        }

        return records.ToImmutable();
    }
}
