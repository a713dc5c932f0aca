using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ApprenantAgile.Platform.Contents.Admin;

/// <summary>The content types editor: list and create types, edit their settings, add and remove fields.</summary>
[Feature(PlatformFeatures.ContentTypes)]
[Route("admin/content-types")]
[AutoValidateAntiforgeryToken]
[RequirePermission(ContentPermissions.ManageContentTypesName)]
public sealed class ContentTypesAdminController(
    IContentDefinitionManager definitions,
    ContentTypeEditorService editorService,
    ContentFieldTypes fieldTypes) : Controller
{
    private const string ViewsFolder = "~/Views/ContentTypes/";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(ViewsFolder + "Index.cshtml", await definitions.ListTypeDefinitionsAsync(cancellationToken));

    [HttpGet("create")]
    public IActionResult Create() => View(ViewsFolder + "Create.cshtml", new ContentTypeFormModel());

    [HttpPost("create")]
    public async Task<IActionResult> CreatePost(string name, string displayName, CancellationToken cancellationToken)
    {
        var errors = await editorService.CreateTypeAsync(name ?? "", displayName ?? "", cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(ViewsFolder + "Create.cshtml", new ContentTypeFormModel { Name = name ?? "", DisplayName = displayName ?? "", Errors = errors });
        }

        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var model = await BuildEditModelAsync(name, [], cancellationToken);
        return model is null ? NotFound() : View(ViewsFolder + "Edit.cshtml", model);
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> EditPost(string name, string displayName, ContentTypeSettings settings, CancellationToken cancellationToken)
    {
        var errors = await editorService.UpdateTypeAsync(name, displayName ?? "", settings, cancellationToken);
        if (errors.Count > 0)
        {
            var model = await BuildEditModelAsync(name, errors, cancellationToken);
            if (model is null)
            {
                return NotFound();
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(ViewsFolder + "Edit.cshtml", model);
        }

        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpGet("{name}/fields/add")]
    public async Task<IActionResult> AddField(string name, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeDefinitionAsync(name, cancellationToken);
        return type is null ? NotFound() : View(ViewsFolder + "AddField.cshtml", new AddFieldViewModel(type, new NewFieldInput(), fieldTypes.All.ToList(), []));
    }

    // The type's name comes from the route only, because the form's Name field is the new field's name.
    [HttpPost("{name}/fields/add")]
    public async Task<IActionResult> AddFieldPost([FromRoute] string name, NewFieldInput input, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeDefinitionAsync(name, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var errors = await editorService.AddFieldAsync(name, input, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(ViewsFolder + "AddField.cshtml", new AddFieldViewModel(type, input, fieldTypes.All.ToList(), errors));
        }

        return RedirectToAction(nameof(Edit), new { name });
    }

    [HttpPost("{name}/fields/{fieldName}/remove")]
    public async Task<IActionResult> RemoveField(string name, string fieldName, CancellationToken cancellationToken)
    {
        await editorService.RemoveFieldAsync(name, fieldName, cancellationToken);
        return RedirectToAction(nameof(Edit), new { name });
    }

    private async Task<ContentTypeEditViewModel?> BuildEditModelAsync(
        string name, IReadOnlyList<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeDefinitionAsync(name, cancellationToken);
        if (type is null)
        {
            return null;
        }

        var ownPart = await definitions.GetPartDefinitionAsync(name, cancellationToken);
        return new ContentTypeEditViewModel(type, ownPart?.OrderedFields.ToList() ?? [], errors);
    }
}
