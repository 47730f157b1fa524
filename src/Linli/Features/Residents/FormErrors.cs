using Linli.Components;
using Linli.Core.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace Linli.Features.Residents;

/// <summary>
/// Puts a use case's <see cref="Failure"/> next to the form field it names (Field "documentNumber"
/// → property DocumentNumber), or above the form when it names no field of this form.
/// </summary>
public sealed class FormErrors
{
    private readonly object _model;
    private readonly ValidationMessageStore _store;

    public FormErrors(object model)
    {
        _model = model;
        Context = new EditContext(model);
        _store = new ValidationMessageStore(Context);
        Context.OnValidationRequested += (_, _) => _store.Clear();
    }

    public EditContext Context { get; }

    /// <summary>The message that belongs to no field (shown in an alert above the form).</summary>
    public string? General { get; private set; }

    public void Show(Failure failure)
    {
        var property = failure.Field is { Length: > 0 } field
            ? _model.GetType().GetProperty(char.ToUpperInvariant(field[0]) + field[1..])
            : null;
        if (property is null)
        {
            General = L.T(failure.Message);
        }
        else
        {
            _store.Add(Context.Field(property.Name), L.T(failure.Message));
        }
        Context.NotifyValidationStateChanged();
    }
}
