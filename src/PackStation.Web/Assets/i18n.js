// Texts of the station screen in English and Chinese. Feedback and next-action codes are stable ids from the station
// runtime; an unknown code falls back to the English message the station sent.
"use strict";
window.PackStationTexts = {
  "en": {
    ui: { packer: "Packer", order: "Order", next: "Next", item: "Item", sku: "SKU", scanned: "Scanned", weight: "Weight",
      label: "Label", scanner: "Scanner", scale: "Scale", printer: "Printer", live: "Live", offline: "Offline",
      expected: "expected", labelWaiting: "label waiting for the printer", tapForSound: "Tap once to enable sound", connecting: "Connecting…",
      refused: "No access: this screen's station token is missing or wrong" },
    next: { "scan-badge": "Scan your badge", "scan-order": "Scan an order or NEXT", "scan-items": "Scan the items",
      "weigh": "Put the parcel on the scale", "printing": "Printing label…", "printer-fault": "Fix the printer",
      "scan-label": "Scan the label", "supervisor-badge": "Supervisor: scan your badge", "reason-code": "Scan a reason code", "wait": "Wait…" },
    feedback: {}
  },
  "zh-CN": {
    ui: { packer: "打包员", order: "订单", next: "下一步", item: "商品", sku: "SKU", scanned: "已扫/应扫", weight: "重量",
      label: "面单", scanner: "扫码枪", scale: "电子秤", printer: "打印机", live: "在线", offline: "离线",
      expected: "应为", labelWaiting: "面单等待打印机", tapForSound: "点击一次以开启声音", connecting: "连接中…",
      refused: "无权访问：本屏幕的工位令牌缺失或错误" },
    next: { "scan-badge": "请扫工牌", "scan-order": "请扫订单或“下一单”", "scan-items": "请扫商品",
      "weigh": "请把包裹放上电子秤", "printing": "正在打印面单…", "printer-fault": "请处理打印机故障",
      "scan-label": "请扫面单", "supervisor-badge": "请主管扫工牌", "reason-code": "请扫原因条码", "wait": "请稍候…" },
    feedback: {
      "wrong-item": "商品错误！", "unknown-barcode": "未知条码！", "surplus-item": "数量超出！", "weight-mismatch": "重量不符！",
      "wrong-label": "面单错误！", "order-packed": "完成！", "item-accepted": "正确", "all-verified": "商品已齐，请称重",
      "weight-accepted": "重量正确", "label-printed": "面单已打印", "label-reprinted": "面单已重打", "label-confirmed": "面单已确认",
      "logged-in": "已登录", "logged-out": "已退出", "already-logged-in": "已经登录", "order-started": "开始新订单",
      "claiming": "正在领取订单…", "queue-empty": "没有待打包订单", "no-order": "没有订单", "new-parcel": "新包裹",
      "reprinting": "正在重打…", "weight-ignored": "现在不需要称重", "order-released": "订单已释放",
      "override-supervisor": "请主管扫工牌", "override-reason": "请扫原因条码", "override-granted": "主管已放行",
      "override-cancelled": "放行已取消", "scan-label": "请扫面单", "scan-waybill": "请扫快递单", "printer-fault": "打印机故障！",
      "order-withdrawn": "订单已撤回", "unreadable-scan": "无法识别的扫描", "station-error": "工作站错误！",
      "order-short": "订单缺货，已挂起", "order-held": "订单已挂起", "badge-first": "请先扫工牌", "finish-order-first": "请先完成当前订单",
      "unknown-command": "未知命令", "label-printed-refused": "面单已打印", "short-not-now": "现在不能缺货", "nothing-to-reprint": "没有可重打的面单",
      "new-parcel-not-now": "现在不能新建包裹", "override-not-now": "现在不能放行", "supervisor-badge-needed": "需要主管工牌",
      "reason-needed": "需要原因条码", "reason-not-expected": "现在不需要原因条码", "order-unavailable": "订单不可用",
      "already-verified": "商品已齐，请称重", "weigh-first": "请先称重", "busy-labelling": "正在打印面单，请稍候"
    }
  }
};
