using System.Diagnostics.CodeAnalysis;

namespace GpConnect.Provider.Store.Domain;

/// <summary>
/// The NHS number: ten digits, the last a modulus 11 check digit
/// (GP Connect Foundations, "Identifier systems and NHS number check").
/// </summary>
public static class NhsNumber
{
    public const int Length = 10;

    /// <summary>True when <paramref name="value"/> is ten digits with a valid modulus 11 check digit.</summary>
    /// <summary>Ten ASCII digits, whatever the check digit says.</summary>
    public static bool HasTenDigits([NotNullWhen(true)] string? value) =>
        value is { Length: Length } && value.All(char.IsAsciiDigit);

    public static bool IsValid(string? value)
    {
        if (!HasTenDigits(value))
        {
            return false;
        }

        var check = CheckDigit(value.AsSpan(0, Length - 1));
        return check is not null && check.Value == value[Length - 1] - '0';
    }

    /// <summary>The check digit for the first nine digits, or null when no valid number can end them (remainder 10).</summary>
    public static int? CheckDigit(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < firstNine.Length; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }
}
