using GpConnect.Provider.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace GpConnect.Provider.Store.Seed;

/// <summary>
/// The appointment book assurance expects: one schedule per test organisation; three fixed ORG1 slots in 2017; and
/// rolling free slots between today and 14 days ahead (30 for ORG1, 20 for ORG2, none for ORG3), counted from the
/// injected clock. Re-running tops each schedule back up to its count with later slots, never duplicating a start.
/// </summary>
internal sealed class SlotSeed(ClinicalRecordDbContext db, ReferenceData reference, DateTimeOffset now)
{
    public const int RollingWindowDays = 14;
    public const int SlotMinutes = 15;
    public const string RoutineServiceType = "Routine GP appointment";

    /// <summary>Free slots each organisation must offer in the rolling window.</summary>
    public static IReadOnlyDictionary<string, int> FreeSlotTargets { get; } = new Dictionary<string, int>
    {
        ["ORG1"] = 30,
        ["ORG2"] = 20,
        ["ORG3"] = 0,
    };

    private static readonly ScheduleRow[] Schedules =
    [
        new("ORG1", 1, "practitioner1", "Morning GP surgery", 9, 3),
        new("ORG2", 8, "practitioner2", "Afternoon GP surgery", 14, 2),
        new("ORG3", 3, "practitioner3", "Morning GP surgery", 9, 0),
    ];

    /// <summary>Fixed ORG1 slots (UTC) from the Slots sheet; no other ORG1 slot is on 2017-12-29.</summary>
    private static readonly DateTime[] FixedOrg1Starts =
    [
        new(2017, 2, 26, 10, 35, 0, DateTimeKind.Utc),
        new(2017, 1, 2, 12, 40, 0, DateTimeKind.Utc),
        new(2017, 12, 29, 12, 40, 0, DateTimeKind.Utc),
    ];

    /// <summary>Returns the number of slots added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var row in Schedules)
        {
            var schedule = await EnsureScheduleAsync(row, cancellationToken).ConfigureAwait(false);
            if (row.OrganisationKey == "ORG1")
            {
                added += await AddMissingAsync(schedule, FixedOrg1Starts, int.MaxValue, cancellationToken).ConfigureAwait(false);
            }

            added += await TopUpRollingSlotsAsync(schedule, row, cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    private async Task<Schedule> EnsureScheduleAsync(ScheduleRow row, CancellationToken cancellationToken)
    {
        var identifier = SeedIdentifiers.For($"schedule/{row.OrganisationKey}");
        var schedule = await db.Schedules.SingleOrDefaultAsync(s => s.Identifier == identifier, cancellationToken).ConfigureAwait(false);
        if (schedule is not null)
        {
            return schedule;
        }

        schedule = new Schedule
        {
            Identifier = identifier,
            LocationId = reference.Locations[row.LocationId].Id,
            PractitionerId = reference.Practitioners[row.PractitionerKey].Id,
            ServiceCategory = row.ServiceCategory,
            PractitionerRoleCode = "R0260",
            PractitionerRoleDisplay = "General Medical Practitioner",
            PlanningHorizonStart = new DateTime(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return schedule;
    }

    /// <summary>
    /// Counts the free slots from now to the end of the window and adds candidates (from tomorrow, <c>SlotsPerDay</c>
    /// a day) whose start is not yet taken until the target is met.
    /// </summary>
    private async Task<int> TopUpRollingSlotsAsync(Schedule schedule, ScheduleRow row, CancellationToken cancellationToken)
    {
        var target = FreeSlotTargets[row.OrganisationKey];
        if (target == 0)
        {
            return 0;
        }

        var windowStart = now.UtcDateTime;
        var windowEnd = now.UtcDateTime.Date.AddDays(RollingWindowDays);
        var free = await db.Slots.CountAsync(
            s => s.ScheduleId == schedule.Id && s.Status == SlotStatus.Free && s.Start >= windowStart && s.End <= windowEnd,
            cancellationToken).ConfigureAwait(false);

        var candidates = new List<DateTime>();
        for (var day = 1; day < RollingWindowDays; day++)
        {
            for (var slot = 0; slot < row.SlotsPerDay; slot++)
            {
                candidates.Add(now.UtcDateTime.Date.AddDays(day).AddHours(row.FirstHour).AddMinutes(slot * SlotMinutes));
            }
        }

        return await AddMissingAsync(schedule, candidates, target - free, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> AddMissingAsync(Schedule schedule, IReadOnlyCollection<DateTime> starts, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return 0;
        }

        var taken = (await db.Slots.Where(s => s.ScheduleId == schedule.Id && starts.Contains(s.Start))
            .Select(s => s.Start).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var added = 0;
        foreach (var start in starts.Order())
        {
            if (added == limit)
            {
                break;
            }

            if (taken.Contains(start))
            {
                continue;
            }

            db.Slots.Add(new Slot
            {
                ScheduleId = schedule.Id,
                Start = start,
                End = start.AddMinutes(SlotMinutes),
                Status = SlotStatus.Free,
                ServiceType = RoutineServiceType,
                DeliveryChannel = DeliveryChannel.InPerson,
                IsGpConnectBookable = true,
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    private sealed record ScheduleRow(string OrganisationKey, int LocationId, string PractitionerKey, string ServiceCategory, int FirstHour, int SlotsPerDay);
}
