package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPolNeARTrain extracts the quotes of every article of
// PolNeAR's train part with the embedded model, the run `eval quotes`
// times, when NEWSBOT_EVAL_DIR names the directory that holds it.
func BenchmarkPolNeARTrain(b *testing.B) {
	dir := os.Getenv("NEWSBOT_EVAL_DIR")
	if dir == "" {
		b.Skip("NEWSBOT_EVAL_DIR is not set")
	}
	f, err := os.Open(filepath.Join(dir, "polnear-train.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	e := Extractor{Model: defaultModel}
	for b.Loop() {
		for _, t := range texts {
			e.Extract(t)
		}
	}
	b.ReportMetric(float64(len(texts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}
