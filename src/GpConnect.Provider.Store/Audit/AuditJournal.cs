using System.Text.Json;
using GpConnect.Provider.Store.Entities;

namespace GpConnect.Provider.Store.Audit;

/// <summary>
/// The local, append-only file of audit entries the store could not take when their request was answered (the
/// store was down): one JSON line per entry, flushed to disk before the response leaves, so a refusal answered
/// during an outage is not lost with the process. <see cref="AuditTrail"/> moves the entries into the store, in the
/// order they were written, once it answers again (docs/decisions/0011). Entries carry no sequence number here: the
/// trail numbers them when it commits them, like any other.
/// </summary>
/// <remarks>
/// One process writes one journal; appends and removals take turns on a lock. A line is written whole with its
/// newline and then flushed, so a crash can only leave a torn last line, which is ignored (its response never left).
/// </remarks>
public sealed class AuditJournal
{
    private static readonly JsonSerializerOptions s_lines = new(JsonSerializerDefaults.General);

    private readonly string _path;
    private readonly Lock _turn = new();
    private volatile bool _hasPending;

    public AuditJournal(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _hasPending = File.Exists(_path) && new FileInfo(_path).Length > 0;
    }

    /// <summary>Whether entries wait to be moved into the store (checked before every group commit, so kept in memory).</summary>
    public bool HasPending => _hasPending;

    public string FilePath => _path;

    /// <summary>Appends <paramref name="entry"/> and returns once it is on disk.</summary>
    public void Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var line = JsonSerializer.SerializeToUtf8Bytes(entry, s_lines);
        lock (_turn)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);

            // A torn line left by a crash would swallow this one: start on a fresh line.
            if (file.Length > 0 && LastByte() != (byte)'\n')
            {
                file.WriteByte((byte)'\n');
            }

            file.Write([.. line, (byte)'\n']);
            file.Flush(flushToDisk: true);
            _hasPending = true;
        }
    }

    /// <summary>Every complete entry written so far, oldest first, and how far into the file they reach.</summary>
    public AuditJournalBatch ReadPending()
    {
        lock (_turn)
        {
            if (!File.Exists(_path))
            {
                return new AuditJournalBatch([], 0);
            }

            var bytes = File.ReadAllBytes(_path);
            var end = Array.LastIndexOf(bytes, (byte)'\n') + 1;
            var entries = new List<AuditEntry>();
            var start = 0;
            while (start < end)
            {
                var newline = Array.IndexOf(bytes, (byte)'\n', start);
                if (newline > start && TryRead(bytes.AsSpan(start, newline - start)) is { } entry)
                {
                    entries.Add(entry);
                }

                start = newline + 1;
            }

            return new AuditJournalBatch(entries, end);
        }
    }

    /// <summary>Removes what <paramref name="batch"/> read, keeping anything appended since.</summary>
    public void Remove(AuditJournalBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_turn)
        {
            if (!File.Exists(_path))
            {
                _hasPending = false;
                return;
            }

            var bytes = File.ReadAllBytes(_path);
            if (bytes.Length <= batch.Length)
            {
                File.Delete(_path);
                _hasPending = false;
                return;
            }

            // Replaced whole, so a crash leaves either the old journal or the new one.
            var replacement = _path + ".next";
            File.WriteAllBytes(replacement, bytes[(int)batch.Length..]);
            File.Move(replacement, _path, overwrite: true);
        }
    }

    private byte LastByte()
    {
        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Seek(-1, SeekOrigin.End);
        return (byte)file.ReadByte();
    }

    private static AuditEntry? TryRead(ReadOnlySpan<byte> line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditEntry>(line, s_lines);
        }
        catch (JsonException)
        {
            // A torn line: the request it belonged to was never answered.
            return null;
        }
    }
}
