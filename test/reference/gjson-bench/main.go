// gjson benchmark reference: reads one JSON object on stdin
//
//	{"docs": {"<name>": "<json>", ...}, "cases": [{"doc": "<name>", "path": "..."}], "millis": 200}
//
// and writes one line per case {"doc","path","nsPerOp","meanNsPerOp","ops","exists"}:
// the time of gjson.Get(doc, path), measured exactly like the TypeScript side
// of test/bench/gjson.bench.ts (see measure below).
package main

import (
	"bufio"
	"encoding/json"
	"io"
	"math"
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
	MeanNs  float64 `json:"meanNsPerOp"`
	Ops     int     `json:"ops"`
	Exists  bool    `json:"exists"`
}

var sink gjson.Result

// measure times gjson.Get(doc, path): warm up, grow a batch until it takes
// about a millisecond, then run batches until `limit` has passed. The
// machine is shared, so the fastest batch is the figure (another process
// can only make a batch slower); the mean over all batches comes too.
func measure(doc, path string, limit time.Duration) (best, mean float64, ops int) {
	// Warm up: 200 calls, or a quarter of the time for slow operations.
	warm := time.Now()
	for i := 0; i < 200 && time.Since(warm) < limit/4; i++ {
		sink = gjson.Get(doc, path)
	}
	batch := 1
	for {
		start := time.Now()
		for i := 0; i < batch; i++ {
			sink = gjson.Get(doc, path)
		}
		if time.Since(start) >= time.Millisecond || batch >= 1<<24 {
			break
		}
		batch *= 2
	}
	best = math.Inf(1)
	total := time.Duration(0)
	for total < limit {
		start := time.Now()
		for i := 0; i < batch; i++ {
			sink = gjson.Get(doc, path)
		}
		took := time.Since(start)
		total += took
		ops += batch
		if ns := float64(took.Nanoseconds()) / float64(batch); ns < best {
			best = ns
		}
	}
	return best, float64(total.Nanoseconds()) / float64(ops), ops
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
		best, mean, ops := measure(doc, c.Path, time.Duration(req.Millis)*time.Millisecond)
		enc.Encode(result{Doc: c.Doc, Path: c.Path, NsPerOp: best, MeanNs: mean, Ops: ops, Exists: gjson.Get(doc, c.Path).Exists()})
	}
}
