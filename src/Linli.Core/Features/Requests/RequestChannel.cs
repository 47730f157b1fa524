using Linli.Core.Common;

namespace Linli.Core.Features.Requests;

/// <summary>How a request came in. Stored; never renumber.</summary>
public enum RequestChannel
{
    Window = 1,     // 窗口
    Hotline = 2,    // 热线
    Web = 3,        // 网站 (the resident portal)
    GridWorker = 4, // 网格员
    Api = 5,        // API (other systems, Open311)
}

public static class RequestChannelNames
{
    public static Bilingual Of(RequestChannel channel) => channel switch
    {
        RequestChannel.Window => new("窗口", "Window"),
        RequestChannel.Hotline => new("热线", "Hotline"),
        RequestChannel.Web => new("网站", "Web"),
        RequestChannel.GridWorker => new("网格员", "Grid worker"),
        RequestChannel.Api => new("API", "API"),
        _ => new(channel.ToString(), channel.ToString()),
    };
}
