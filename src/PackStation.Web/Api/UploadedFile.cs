using Microsoft.AspNetCore.Http;

namespace PackStation.Web.Api;

/// <summary>Reads an uploaded file: the first file of a form, or the raw request body; null when it is empty or too large.</summary>
internal static class UploadedFile
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;
        if (!request.HasFormContentType)
            return await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0)
            return null;
        await using var file = form.Files[0].OpenReadStream();
        return await ReadLimitedAsync(file, maxBytes, cancellationToken);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream source, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0 ? null : buffer.ToArray();
    }
}
