import { parse } from '../../shared/gotemplate';
const text = `{ "data"[{"{{ .Owner }}{{ .WhoModule }}":
{"Description": "{{ .Description}}", "Voice_Recording__s": "{{ .RecordPath}}", "
Call_Start_Time": "{{ TimeFormat .StartTimeUnix "yyyy-MM-ddTHH:mm:ss-z"
"1"}}", "Subject&": "{{ .Subject}}", "Call_Type":
"Inbound", "Call_Result": "{{ .Call_Log_Status}}", "Call_Duration":
"{{ .Talk_Duration_Sec}}"}]}]`;
const data = { StartTimeUnix: 1672531199, Owner: 'x', WhoModule: 'y', Description: 'd', RecordPath: 'r', Subject: 's', Call_Log_Status: 'A', Talk_Duration_Sec: 65 };
const t = parse('t', text, { timeZone: 'Asia/Shanghai' });
let s = performance.now();
for (let i = 0; i < 20000; i++) parse('t', text, { timeZone: 'Asia/Shanghai' });
console.log('parse us', (performance.now() - s) / 20);
s = performance.now();
for (let i = 0; i < 200000; i++) t.execute(data);
console.log('exec us', (performance.now() - s) / 200);
const t2 = parse('t', '{{ TimeFormat .StartTimeUnix "yyyy-MM-ddTHH:mm:ss-z" "1"}}', { timeZone: 'Asia/Shanghai' });
s = performance.now();
for (let i = 0; i < 200000; i++) t2.execute(data);
console.log('tf us', (performance.now() - s) / 200);
