// 主进程直接显示的文本（托盘、桌面通知、命令行）的简体中文版本。
import type { HostCatalogue } from './host-en';

export const hostZhCN: HostCatalogue = {
  'tray.tooltip.registered': 'Ringdesk：可以接听电话',
  'tray.tooltip.connecting': 'Ringdesk：正在连接电话系统…',
  'tray.tooltip.failed': 'Ringdesk：未注册（{accounts}）',
  'tray.tooltip.offline': 'Ringdesk：没有已注册的电话账号',
  'tray.tooltip.doNotDisturb': '{status} — 免打扰',
  'tray.status.registered': '已注册',
  'tray.status.connecting': '正在连接…',
  'tray.status.failed': '注册失败',
  'tray.status.offline': '未注册',
  'tray.show': '显示 Ringdesk',
  'tray.doNotDisturb': '免打扰',
  'tray.quit': '退出 Ringdesk',
  'notice.incomingCall': '来电',
  'notice.unknownNumber': '未知号码',
  'notice.callerWithNumber': '{caller}（{number}）',
  'notice.answer': '接听',
  'notice.dialRefused': 'Ringdesk 未拨打此链接',
  'cli.unreadable': '无法读取文件（{code}）',
  'cli.unknownLanguage': '未知语言 {language}：请使用 en 或 zh-CN',
};
