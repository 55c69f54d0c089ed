using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PackStation.Domain.Packers;
using PackStation.Packing.Directory;
using PackStation.Web.Auth;

namespace PackStation.Web.Api;

/// <summary>
/// Packers and their badges, for supervisors: list, add, rename or change role, disable, re-enable, re-issue a badge,
/// import a staff list (CSV), and the log of changes to people. Every change needs a supervisor and the antiforgery token.
/// </summary>
public static class PackersApi
{
    public sealed record NewPacker(string? Id, string Name, string? Role);

    public sealed record PackerEdit(string? Name, string? Role);

    public sealed record ImportLineError(int Line, string Message);

    public sealed record ImportReport(IReadOnlyList<PackerView> Added, IReadOnlyList<PackerView> Updated, int Unchanged, IReadOnlyList<ImportLineError> Errors);

    public static IEndpointRouteBuilder MapPackersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/packers").WithTags("People");
        group.MapGet("", async (PeopleService people, CancellationToken cancellationToken) =>
            TypedResults.Ok((await people.ListAsync(cancellationToken)).Select(PackerView.Of).ToList()))
            .RequireSupervisorRead().WithName("ListPackers").WithSummary("Every packer and supervisor badge holder, active or not, with their badge code");
        group.MapPost("", AddAsync).RequireSupervisorChange().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("AddPacker").WithSummary("Add a packer with a new badge (id optional: the next P-number)");
        group.MapPatch("/{id}", EditAsync).RequireSupervisorChange().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("EditPacker").WithSummary("Rename a packer or change their role");
        group.MapPost("/{id}/disable", (string id, PeopleService people, HttpContext context, CancellationToken cancellationToken) =>
                Answer(people.SetActiveAsync(id, false, context.Actor(), cancellationToken)))
            .RequireSupervisorChange().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("DisablePacker").WithSummary("Disable a packer: their badge is refused; a station logged in as them logs out after its order");
        group.MapPost("/{id}/enable", (string id, PeopleService people, HttpContext context, CancellationToken cancellationToken) =>
                Answer(people.SetActiveAsync(id, true, context.Actor(), cancellationToken)))
            .RequireSupervisorChange().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("EnablePacker").WithSummary("Re-enable a disabled packer; their badge works again");
        group.MapPost("/{id}/reissue-badge", (string id, PeopleService people, HttpContext context, CancellationToken cancellationToken) =>
                Answer(people.ReissueBadgeAsync(id, context.Actor(), cancellationToken)))
            .RequireSupervisorChange().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ReissueBadge").WithSummary("Give a packer a new badge code; the old badge is refused from now on");
        group.MapPost("/import", ImportAsync).RequireSupervisorChange().Accepts<byte[]>("text/csv")
            .WithName("ImportPackers").WithSummary("Import a staff list (CSV in UTF-8 or GB18030); refused lines are reported, the rest imported");
        return app;
    }

    private static async Task<IResult> AddAsync(NewPacker request, PeopleService people, HttpContext context, CancellationToken cancellationToken)
    {
        if (!PackerRules.TryParseRole(request.Role, out var role))
            return TypedResults.Problem("The role must be packer or supervisor.", statusCode: StatusCodes.Status400BadRequest, title: "invalid");
        var outcome = await people.AddAsync(request.Id, request.Name, role, context.Actor(), cancellationToken);
        return outcome.Packer is { } packer ? TypedResults.Created($"/api/packers/{Uri.EscapeDataString(packer.Id)}", PackerView.Of(packer)) : outcome.Problem!.ToResult();
    }

    private static async Task<IResult> EditAsync(string id, PackerEdit request, PeopleService people, HttpContext context, CancellationToken cancellationToken)
    {
        if (request.Name is null && request.Role is null)
            return TypedResults.Problem("Send a name or a role to change.", statusCode: StatusCodes.Status400BadRequest, title: "invalid");
        var role = PackerRole.Packer;
        if (request.Role is not null && !PackerRules.TryParseRole(request.Role, out role))
            return TypedResults.Problem("The role must be packer or supervisor.", statusCode: StatusCodes.Status400BadRequest, title: "invalid");
        var outcome = request.Name is null ? null : await people.RenameAsync(id, request.Name, context.Actor(), cancellationToken);
        if (outcome?.Problem is null && request.Role is not null)
            outcome = await people.SetRoleAsync(id, role, context.Actor(), cancellationToken);
        return outcome!.Packer is { } packer ? TypedResults.Ok(PackerView.Of(packer)) : outcome.Problem!.ToResult();
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, StaffImporter importer, HttpContext context, CancellationToken cancellationToken)
    {
        var file = await UploadedFile.ReadAsync(request, StaffList.MaxBytes, cancellationToken);
        if (file is null)
            return TypedResults.Problem($"Send the staff list as the request body (text/csv) or as a form file, at most {StaffList.MaxBytes / 1000} kB.",
                statusCode: StatusCodes.Status400BadRequest, title: "invalid");
        var result = await importer.ImportAsync(file, context.Actor(), cancellationToken);
        return TypedResults.Ok(new ImportReport(result.Added.Select(PackerView.Of).ToList(), result.Updated.Select(PackerView.Of).ToList(), result.Unchanged,
            result.Errors.Select(e => new ImportLineError(e.Line, e.Message)).ToList()));
    }

    private static async Task<IResult> Answer(Task<PackerOutcome> change)
    {
        var outcome = await change;
        return outcome.Packer is { } packer ? TypedResults.Ok(PackerView.Of(packer)) : outcome.Problem!.ToResult();
    }
}
