// gjson reference: reads JSON lines {"json": ..., "path": ...} on stdin and
// writes one line {"exists","type","raw","str","valid"} per input line,
// computed by tidwall/gjson v1.14.4. Output is flushed whenever the input
// has no more buffered lines, so it works both batched and interactively.
// A panic inside gjson is reported as {"panic": "..."} for that line.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/tidwall/gjson"
)

type request struct {
	JSON string `json:"json"`
	Path string `json:"path"`
}

type response struct {
	Exists bool   `json:"exists"`
	Type   string `json:"type"`
	Raw    string `json:"raw"`
	Str    string `json:"str"`
	Valid  bool   `json:"valid"`
	Panic  string `json:"panic,omitempty"`
}

func answer(req request) (res response) {
	defer func() {
		if r := recover(); r != nil {
			res = response{Panic: fmt.Sprint(r)}
		}
	}()
	r := gjson.Get(req.JSON, req.Path)
	return response{Exists: r.Exists(), Type: r.Type.String(), Raw: r.Raw, Str: r.String(), Valid: gjson.Valid(req.JSON)}
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			var req request
			if jerr := json.Unmarshal(line, &req); jerr != nil {
				fmt.Fprintf(os.Stderr, "gjson reference: bad request line: %v\n", jerr)
				os.Exit(2)
			}
			if eerr := enc.Encode(answer(req)); eerr != nil {
				os.Exit(3)
			}
		}
		if in.Buffered() == 0 || err != nil {
			out.Flush()
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			os.Exit(4)
		}
	}
}
