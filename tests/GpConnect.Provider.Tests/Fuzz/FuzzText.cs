using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace GpConnect.Provider.Tests.Fuzz;

/// <summary>
/// The seeded source of every odd value the fuzzer sends, and the register of the NHS numbers it sent (the log must
/// show none of them). Header values are strings of Latin-1 characters, one per byte on the wire
/// (<see cref="FuzzedRequestSender"/> sends them so), which lets a header carry raw UTF-8 or invalid UTF-8.
/// </summary>
internal sealed class FuzzText(Random random)
{
    /// <summary>Seeded test patients and PDS registration candidates named by the other tests, and one search target.</summary>
    private static readonly string[] s_knownNhsNumbers = ["9690937278", "9690937286", "9690938142", "9651258500", "9651258519", "9651258527", "9651258578", "9651258586"];

    /// <summary>Control characters HTTP may carry in a field value (HTAB) or that a lenient parser passes on; never CR, LF or NUL, which end or break the header.</summary>
    private static readonly string s_controls = "\t\x01\x02\x07\x08\x0B\x0C\x0E\x1B\x1F\x7F";

    private static readonly string[] s_invalidUtf8 =
    [
        "\u00C3\u0028", // a lead byte followed by ASCII
        "\u00FF\u00FE", // bytes UTF-8 never uses
        "\u00E2\u0082", // a truncated three-byte sequence
        "\u00C0\u00AF", // an overlong '/'
        "\u00ED\u00A0\u0080", // a UTF-16 surrogate encoded in UTF-8
        "\u0080", // a lone continuation byte
    ];

    private static readonly string[] s_nonAscii = ["é", "ß", "Ω", "☃", "𝄞", "\u200B", "\uFEFF", "ﷺ", "Ｂ"];

    private readonly ConcurrentDictionary<string, byte> _nhsNumbersSent = new(StringComparer.Ordinal);

    public Random Random { get; } = random;

    public IReadOnlyCollection<string> NhsNumbersSent => [.. _nhsNumbersSent.Keys];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> choices) => choices[Random.Next(choices.Count)];

    /// <summary>An NHS number: a known one, a fresh valid one, or one failing Modulus 11. Remembered as sent.</summary>
    public string NhsNumber()
    {
        var number = Random.Next(4) switch
        {
            0 => Pick(s_knownNhsNumbers),
            1 => ValidNhsNumber(),
            2 => InvalidNhsNumber(),
            _ => "9" + Digits(9),
        };
        return Sent(number);
    }

    /// <summary>Records a ten-digit number the request carries, so the log check looks for it.</summary>
    public string Sent(string nhsNumber)
    {
        _nhsNumbersSent.TryAdd(nhsNumber, 0);
        return nhsNumber;
    }

    public string Digits(int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + Random.Next(10));
        }

        return new string(digits);
    }

    /// <summary>A GUID from the seeded source, so a run's trace ids repeat with its seed.</summary>
    public string TraceId()
    {
        var bytes = new byte[16];
        Random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    /// <summary>Some printable ASCII, letters and digits mostly.</summary>
    public string Word(int minLength = 1, int maxLength = 12)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~!$&'()*+,;=:@";
        var length = Random.Next(minLength, maxLength + 1);
        var word = new char[length];
        for (var i = 0; i < length; i++)
        {
            word[i] = alphabet[Random.Next(i == 0 ? 52 : alphabet.Length)];
        }

        return new string(word);
    }

    /// <summary>A long value: a repeated random chunk, now and then with an NHS number inside.</summary>
    public string Huge(int minLength, int maxLength)
    {
        var length = Random.Next(minLength, maxLength + 1);
        var chunk = Word(1, 40) + (Chance(0.2) ? NhsNumber() : string.Empty);
        var text = new StringBuilder(length + chunk.Length);
        while (text.Length < length)
        {
            text.Append(chunk);
        }

        return text.ToString(0, length);
    }

    /// <summary>A header value garbled one of the ways a broken consumer or proxy garbles one (Latin-1 characters, one per byte).</summary>
    public string GarbleHeaderValue(string value) => Random.Next(9) switch
    {
        0 => string.Empty,
        1 => "   ",
        2 => Mutate(value),
        3 => Huge(1_000, 12_000),
        4 => Insert(value, Controls()),
        5 => Insert(value, Latin1(Pick(s_nonAscii))),
        6 => Insert(value, Pick(s_invalidUtf8)),
        7 => value.ToUpperInvariant() + " " + value.ToLowerInvariant(),
        _ => Word(),
    };

    /// <summary>A string value (for JSON or XML content) garbled: control characters, NUL, non-ASCII, huge or empty.</summary>
    public string GarbleText(string value) => Random.Next(8) switch
    {
        0 => string.Empty,
        1 => Mutate(value),
        2 => Huge(1_000, 60_000),
        3 => Insert(value, Controls()),
        4 => Insert(value, "\0"),
        5 => Insert(value, Pick(s_nonAscii)),
        6 => Insert(value, "\uD800"),
        _ => new string(' ', Random.Next(1, 5)),
    };

    /// <summary>Flips, drops, doubles or inserts a few characters.</summary>
    public string Mutate(string value)
    {
        var text = new StringBuilder(value);
        var edits = Random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var at = text.Length == 0 ? 0 : Random.Next(text.Length);
            switch (Random.Next(4))
            {
                case 0 when text.Length > 0:
                    text.Remove(at, 1);
                    break;
                case 1 when text.Length > 0:
                    text.Insert(at, text[at]);
                    break;
                case 2 when text.Length > 0:
                    text[at] = (char)Random.Next(0x21, 0x7F);
                    break;
                default:
                    text.Insert(at, (char)Random.Next(0x21, 0x7F));
                    break;
            }
        }

        return text.ToString();
    }

    public string Insert(string value, string addition) => value.Insert(Random.Next(value.Length + 1), addition);

    public string Controls()
    {
        var text = new StringBuilder();
        for (var i = Random.Next(1, 4); i > 0; i--)
        {
            text.Append(s_controls[Random.Next(s_controls.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Some percent-encoded bytes for a query: NUL, '/', '.', a space, non-ASCII, invalid UTF-8, a stray '%'.</summary>
    public string EncodedOddity() => Pick(EncodedOddities);

    /// <summary>
    /// The same for a path, less NUL: Kestrel refuses a path that decodes to a NUL as a malformed request target before
    /// any application code runs, so there is no request to answer or audit (docs/decisions/0010).
    /// </summary>
    public string EncodedPathOddity() => Pick(EncodedPathOddities);

    public static readonly string[] EncodedOddities =
        ["%00", "%2F", "%2f", "%2E", "%20", "%C3%A9", "%E2%98%83", "%FF", "%C3%28", "%C0%AF", "%ED%A0%80", "%25", "%", "%G1", "%0A", "%0D%0A", "%09", "%7F", "%3F", "%23", "+", ";", "%3B"];

    public static readonly string[] EncodedPathOddities = [.. EncodedOddities.Where(oddity => oddity != "%00")];

    /// <summary>A Unicode string as the Latin-1 characters of its UTF-8 bytes: how a header carries it on the wire.</summary>
    public static string Latin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    private string ValidNhsNumber()
    {
        while (true)
        {
            var digits = Digits(9);
            if (CheckDigit(digits) is { } check)
            {
                return digits + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private string InvalidNhsNumber()
    {
        while (true)
        {
            var digits = Digits(9);
            if (CheckDigit(digits) is { } check)
            {
                return digits + ((check + 1 + Random.Next(9)) % 10).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Modulus 11 (NHS Data Dictionary): weights 10 to 2; 11 means 0, 10 means no valid number.</summary>
    private static int? CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nineDigits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch { 11 => 0, 10 => null, _ => check };
    }
}
