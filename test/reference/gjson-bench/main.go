// gjson benchmark reference: reads one JSON object on stdin
//   {"docs": {"<name>": "<json>", ...}, "cases": [{"doc": "<name>", "path": "..."}], "millis": 200}
// and writes one line per case {"doc","path","nsPerOp","ops","exists"}: the
// time of gjson.Get(doc, path), measured like test/bench/measure.ts (warm
// up, then doubling batches until `millis` have passed).
package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"time"

	"github.com/tidwall/gjson"
)

type benchCase struct {
	Doc  string `json:"doc"`
	Path string `json:"path"`
}

type request struct {
	Docs   map[string]string `json:"docs"`
	Cases  []benchCase       `json:"cases"`
	Millis int               `json:"millis"`
}

type result struct {
	Doc     string  `json:"doc"`
	Path    string  `json:"path"`
	NsPerOp float64 `json:"nsPerOp"`
	Ops     int     `json:"ops"`
	Exists  bool    `json:"exists"`
}

var sink gjson.Result

func measure(doc, path string, limit time.Duration) (float64, int) {
	for i := 0; i < 50; i++ {
		sink = gjson.Get(doc, path)
	}
	ops, batch := 0, 1
	start := time.Now()
	elapsed := time.Duration(0)
	for elapsed < limit {
		for i := 0; i < batch; i++ {
			sink = gjson.Get(doc, path)
		}
		ops += batch
		if batch < 1<<16 {
			batch *= 2
		}
		elapsed = time.Since(start)
	}
	return float64(elapsed.Nanoseconds()) / float64(ops), ops
}

func main() {
	data, err := io.ReadAll(bufio.NewReader(os.Stdin))
	if err != nil {
		os.Exit(2)
	}
	var req request
	if err := json.Unmarshal(data, &req); err != nil {
		os.Stderr.WriteString("gjson-bench: bad request: " + err.Error() + "\n")
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for _, c := range req.Cases {
		doc, ok := req.Docs[c.Doc]
		if !ok {
			os.Stderr.WriteString("gjson-bench: unknown doc " + c.Doc + "\n")
			os.Exit(2)
		}
		ns, ops := measure(doc, c.Path, time.Duration(req.Millis)*time.Millisecond)
		enc.Encode(result{Doc: c.Doc, Path: c.Path, NsPerOp: ns, Ops: ops, Exists: gjson.Get(doc, c.Path).Exists()})
	}
}
