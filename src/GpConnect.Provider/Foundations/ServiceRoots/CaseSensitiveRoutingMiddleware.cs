using Microsoft.AspNetCore.Routing.Patterns;

namespace GpConnect.Provider.Foundations.ServiceRoots;

/// <summary>
/// GP Connect URLs are case-sensitive (foundations, "Service root URL"; the test pack expects <c>/patient</c> to
/// fail), but ASP.NET Core matches route literals ignoring case. After routing, this drops a match whose literal
/// segments differ in case from the request, so it answers as an unknown URL does.
/// </summary>
public sealed class CaseSensitiveRoutingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint && !LiteralsMatchExactly(endpoint.RoutePattern, context.Request.Path))
        {
            context.SetEndpoint(null);
            context.Request.RouteValues.Clear();
        }

        return next(context);
    }

    private static bool LiteralsMatchExactly(RoutePattern pattern, PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < pattern.PathSegments.Count && i < segments.Length; i++)
        {
            var parts = pattern.PathSegments[i].Parts;
            if (parts is [RoutePatternLiteralPart literal] &&
                !string.Equals(literal.Content, Uri.UnescapeDataString(segments[i]), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
