using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PackStation.TestKit.Components;

/// <summary>The fake component's commands, answered in the shapes the platforms document.</summary>
public sealed partial class FakePrintComponent
{
    private async Task HandleAsync(WebSocket socket, string text, CancellationToken life)
    {
        if (AnswerGarbage)
        {
            await SendAsync(socket, "<html>502 Bad Gateway</html>");
            return;
        }

        JsonObject? request;
        try
        {
            request = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            request = null;
        }

        var cmd = request?["cmd"]?.GetValue<string>();
        var requestId = request?["requestID"]?.ToString();
        if (request is null || cmd is null || requestId is null || request["version"]?.GetValue<string>() != "1.0")
        {
            await SendAsync(socket, Reply(cmd ?? "unknown", requestId ?? "", "failed", "请求格式错误").ToJsonString());
            return;
        }

        switch (cmd)
        {
            case "getPrinters":
                var printers = Reply(cmd, requestId, "success", "no error");
                printers["defaultPrinter"] = Printers[0];
                printers["printers"] = new JsonArray(Printers.Select(p => (JsonNode)new JsonObject { ["name"] = p, ["status"] = "enable", ["type"] = "RAW" }).ToArray());
                await SendAsync(socket, printers.ToJsonString());
                break;
            case "getTaskStatus":
                await SendAsync(socket, TaskStatus(requestId, request["taskID"] as JsonArray).ToJsonString());
                break;
            case "print":
                await PrintAsync(socket, requestId, request["task"] as JsonObject, life);
                break;
            default:
                await SendAsync(socket, Reply(cmd, requestId, "failed", "不支持的命令").ToJsonString());
                break;
        }
    }

    private JsonObject TaskStatus(string requestId, JsonArray? ids)
    {
        var reply = Reply("getTaskStatus", requestId, "success", "no error");
        var list = new JsonArray();
        lock (_sync)
        {
            foreach (var id in ids?.Select(i => i?.ToString()).Where(i => i is not null) ?? [])
            {
                if (_tasks.TryGetValue(id!, out var task))
                {
                    list.Add(new JsonObject
                    {
                        ["taskID"] = task.TaskId,
                        ["detailStatus"] = new JsonArray(new JsonObject { ["documentID"] = task.DocumentId, ["status"] = task.State, ["msg"] = task.Message ?? "" }),
                    });
                }
            }
        }

        reply["printStatus"] = list;
        return reply;
    }

    private async Task PrintAsync(WebSocket socket, string requestId, JsonObject? task, CancellationToken life)
    {
        var taskId = task?["taskID"]?.ToString();
        var printer = task?["printer"]?.GetValue<string>() ?? "";
        var documents = task?["documents"] as JsonArray;
        var document = documents is { Count: 1 } ? documents[0] as JsonObject : null;
        var contents = document?["contents"] as JsonArray;
        var standard = contents is { Count: >= 1 } ? contents[0] as JsonObject : null;
        string? problem = taskId is null ? "taskID 不能为空"
            : document?["documentID"] is null || contents is null ? "documents 格式错误（每个任务一个文档）"
            : standard is null || standard["encryptedData"] is null || standard["signature"] is null || standard["templateURL"] is null || standard["ver"] is null
                ? "标准区必须是加密的面单数据"
            : printer.Length > 0 && !Printers.Contains(printer) ? $"打印机{printer}不存在"
            : null;
        bool known;
        lock (_sync)
            known = taskId is not null && _tasks.ContainsKey(taskId);
        if (known)
            problem = $"任务{taskId}已存在";
        if (problem is not null)
        {
            await SendAsync(socket, Reply("print", requestId, "failed", problem).ToJsonString());
            return;
        }

        var remembered = new FakeComponentTask(taskId!, printer.Length > 0 ? printer : Printers[0], document!["documentID"]!.ToString(), (JsonArray)contents!.DeepClone());
        FakeComponentMode mode;
        lock (_sync)
        {
            _tasks[taskId!] = remembered;
            mode = _modes.Count > 0 ? _modes.Dequeue() : FakeComponentMode.Print;
        }

        var accepted = Reply("print", requestId, "success", "no error");
        accepted["taskID"] = taskId;
        await SendAsync(socket, accepted.ToJsonString());
        _ = System.Threading.Tasks.Task.Run(() => FinishAsync(remembered, mode), CancellationToken.None);
    }

    private async Task FinishAsync(FakeComponentTask task, FakeComponentMode mode)
    {
        await System.Threading.Tasks.Task.Delay(PrintTime);
        switch (mode)
        {
            case FakeComponentMode.Print or FakeComponentMode.RestartAfterPrint:
                lock (_sync)
                {
                    task.State = "printed";
                    PrintedLabels.Add(task);
                }

                if (mode == FakeComponentMode.RestartAfterPrint)
                    await RestartAsync(TimeSpan.FromMilliseconds(300));
                else
                    await BroadcastAsync(Notification(task.TaskId, "printed", task.DocumentId, null));
                break;
            case FakeComponentMode.Fail:
                lock (_sync)
                {
                    task.State = "failed";
                    task.Message = "打印机缺纸";
                }

                await BroadcastAsync(Notification(task.TaskId, "failed", task.DocumentId, "打印机缺纸"));
                break;
            case FakeComponentMode.RestartBeforePrint:
                lock (_sync)
                    _tasks.Remove(task.TaskId);
                await RestartAsync(TimeSpan.FromMilliseconds(300));
                break;
            case FakeComponentMode.Silent:
                break;
        }
    }

    private static JsonObject Reply(string cmd, string requestId, string status, string msg) => new()
    {
        ["cmd"] = cmd,
        ["requestID"] = requestId,
        ["status"] = status,
        ["msg"] = msg,
    };
}
