// Reference for shared/gotemplate: Go's own text/template plus the
// integration guide's four functions, as test/fixtures/conformance-README.md
// defines them. Reads JSON lines {"template","data","tz"} on stdin and writes
// {"out"} or {"error","phase"} per line. Data numbers: integral with
// |x| <= 2^53 become int, anything else float64.
//
// `main bench` instead reads {"templates":[{"name","text"}],"data":{...},"tz"}
// and prints {"name","parseNs","execNs"} per template, measured with
// testing.Benchmark (for test/bench/gotemplate.bench.ts).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"
)

type request struct {
	Template string          `json:"template"`
	Data     json.RawMessage `json:"data"`
	TZ       string          `json:"tz"`
}

type response struct {
	Out   *string `json:"out,omitempty"`
	Error string  `json:"error,omitempty"`
	Phase string  `json:"phase,omitempty"`
}

const maxMillis = 1 << 53

func convert(v interface{}) interface{} {
	switch x := v.(type) {
	case json.Number:
		f, err := strconv.ParseFloat(string(x), 64)
		if err != nil {
			return string(x)
		}
		if f == math.Trunc(f) && math.Abs(f) <= maxMillis {
			return int(f)
		}
		return f
	case map[string]interface{}:
		for k, e := range x {
			x[k] = convert(e)
		}
		return x
	case []interface{}:
		for i, e := range x {
			x[i] = convert(e)
		}
		return x
	}
	return v
}

func textOf(v interface{}) string {
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprint(v)
}

var (
	intRe   = regexp.MustCompile(`^[+-]?\d+$`)
	floatRe = regexp.MustCompile(`^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$`)
)

// toMillis returns milliseconds, or empty=true for missing, null or "".
func toMillis(v interface{}, fn string) (ms int64, empty bool, err error) {
	fromFloat := func(f float64, what string) (int64, bool, error) {
		r := math.Round(f * 1000)
		if math.IsNaN(r) || math.IsInf(r, 0) || math.Abs(r) > maxMillis {
			return 0, false, fmt.Errorf("%s: timestamp out of range %s", fn, what)
		}
		return int64(r), false, nil
	}
	switch x := v.(type) {
	case nil:
		return 0, true, nil
	case string:
		s := strings.Trim(x, " \t\r\n")
		if s == "" {
			return 0, true, nil
		}
		if intRe.MatchString(s) {
			n, perr := strconv.ParseInt(s, 10, 64)
			if perr != nil || n > maxMillis/1000 || n < -maxMillis/1000 {
				return 0, false, fmt.Errorf("%s: timestamp out of range %q", fn, x)
			}
			return n * 1000, false, nil
		}
		if floatRe.MatchString(s) {
			f, perr := strconv.ParseFloat(s, 64)
			if perr != nil {
				return 0, false, fmt.Errorf("%s: invalid timestamp %q", fn, x)
			}
			return fromFloat(f, strconv.Quote(x))
		}
		return 0, false, fmt.Errorf("%s: invalid timestamp %q", fn, x)
	case int:
		if x > maxMillis/1000 || x < -maxMillis/1000 {
			return 0, false, fmt.Errorf("%s: timestamp out of range %d", fn, x)
		}
		return int64(x) * 1000, false, nil
	case float64:
		return fromFloat(x, fmt.Sprint(x))
	}
	return 0, false, fmt.Errorf("%s: invalid timestamp of type %T", fn, v)
}

var layoutTokens = []string{"yyyy", "SSS", "yy", "MM", "dd", "HH", "hh", "mm", "ss"}

func funcs(loc *time.Location) template.FuncMap {
	return template.FuncMap{
		"Capitalize": func(v interface{}) string {
			s := textOf(v)
			if s == "" {
				return s
			}
			r, size := utf8.DecodeRuneInString(s)
			return string(unicode.ToUpper(r)) + s[size:]
		},
		"UrlEncode": func(v interface{}) string {
			return strings.ReplaceAll(url.QueryEscape(textOf(v)), "+", "%20")
		},
		"ToMillis": func(v interface{}) (interface{}, error) {
			ms, empty, err := toMillis(v, "ToMillis")
			if err != nil {
				return nil, err
			}
			if empty {
				return "", nil
			}
			return int(ms), nil
		},
		"TimeFormat": func(ts, layout, utc interface{}) (string, error) {
			ms, empty, err := toMillis(ts, "TimeFormat")
			if err != nil || empty {
				return "", err
			}
			pattern := textOf(layout)
			t := time.UnixMilli(ms)
			if strings.Trim(textOf(utc), " \t\r\n") == "1" {
				t = t.UTC()
			} else {
				t = t.In(loc)
			}
			var b strings.Builder
			for i := 0; i < len(pattern); {
				tok := ""
				for _, cand := range layoutTokens {
					if strings.HasPrefix(pattern[i:], cand) {
						tok = cand
						break
					}
				}
				switch tok {
				case "":
					b.WriteByte(pattern[i])
					i++
					continue
				case "yyyy":
					fmt.Fprintf(&b, "%04d", t.Year())
				case "SSS":
					fmt.Fprintf(&b, "%03d", t.Nanosecond()/1e6)
				case "yy":
					fmt.Fprintf(&b, "%02d", t.Year()%100)
				case "MM":
					fmt.Fprintf(&b, "%02d", int(t.Month()))
				case "dd":
					fmt.Fprintf(&b, "%02d", t.Day())
				case "HH":
					fmt.Fprintf(&b, "%02d", t.Hour())
				case "hh":
					h := t.Hour() % 12
					if h == 0 {
						h = 12
					}
					fmt.Fprintf(&b, "%02d", h)
				case "mm":
					fmt.Fprintf(&b, "%02d", t.Minute())
				case "ss":
					fmt.Fprintf(&b, "%02d", t.Second())
				}
				i += len(tok)
			}
			return b.String(), nil
		},
	}
}

var zones = map[string]*time.Location{}

func zone(name string) *time.Location {
	if name == "" {
		name = "Asia/Shanghai"
	}
	if loc, ok := zones[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = time.UTC
	}
	zones[name] = loc
	return loc
}

func run(req request) (res response) {
	defer func() {
		if r := recover(); r != nil {
			res = response{Error: fmt.Sprint("panic: ", r), Phase: "exec"}
		}
	}()
	var data interface{}
	if len(req.Data) > 0 {
		dec := json.NewDecoder(bytes.NewReader(req.Data))
		dec.UseNumber()
		if err := dec.Decode(&data); err != nil {
			return response{Error: "bad data: " + err.Error(), Phase: "input"}
		}
		data = convert(data)
	}
	t, err := template.New("t").Funcs(funcs(zone(req.TZ))).Parse(req.Template)
	if err != nil {
		return response{Error: err.Error(), Phase: "parse"}
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return response{Error: err.Error(), Phase: "exec"}
	}
	out := buf.String()
	return response{Out: &out}
}

type benchInput struct {
	Templates []struct {
		Name string `json:"name"`
		Text string `json:"text"`
	} `json:"templates"`
	Data json.RawMessage `json:"data"`
	TZ   string          `json:"tz"`
}

func bench() {
	var in benchInput
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	dec := json.NewDecoder(bytes.NewReader(in.Data))
	dec.UseNumber()
	var data interface{}
	if err := dec.Decode(&data); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	data = convert(data)
	fm := funcs(zone(in.TZ))
	enc := json.NewEncoder(os.Stdout)
	for _, tp := range in.Templates {
		t, err := template.New("t").Funcs(fm).Parse(tp.Text)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		parse := testing.Benchmark(func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				_, _ = template.New("t").Funcs(fm).Parse(tp.Text)
			}
		})
		var buf bytes.Buffer
		exec := testing.Benchmark(func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				buf.Reset()
				if err := t.Execute(&buf, data); err != nil {
					b.Fatal(err)
				}
			}
		})
		_ = enc.Encode(map[string]interface{}{"name": tp.Name, "parseNs": parse.NsPerOp(), "execNs": exec.NsPerOp(), "out": buf.String()})
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "bench" {
		bench()
		return
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			_ = enc.Encode(response{Error: "bad request: " + err.Error(), Phase: "input"})
		} else {
			_ = enc.Encode(run(req))
		}
		w.Flush()
	}
}
