package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/eval/attribution"
	"github.com/newsbot-dev/newsbot/eval/summaries"
)

// readLines decodes a JSON Lines file into one value per line.
func readLines[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v in %q", path, err, sc.Text())
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

var rougeLine = regexp.MustCompile(`ROUGE-1 (\d+\.\d+)  ROUGE-2 (\d+\.\d+)  ROUGE-Lsum (\d+\.\d+)`)

// printedRouge returns the figures `eval summaries` printed.
func printedRouge(t *testing.T, out string) [3]float64 {
	t.Helper()
	m := rougeLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no ROUGE line in:\n%s", out)
	}
	var r [3]float64
	for i := range r {
		r[i], _ = strconv.ParseFloat(m[i+1], 64)
	}
	return r
}

func TestEvalSummaries(t *testing.T) {
	const file = "testdata/eval-summaries.jsonl"
	arts, err := summaries.LoadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []int{1, 2, 3} {
		preds := filepath.Join(t.TempDir(), "preds.jsonl")
		// Flags after the file, as the usage shows them.
		out, stderr, err := run(t, t.TempDir(), "", "eval", "summaries", file, "--k", strconv.Itoa(k), "--out", preds)
		if err != nil {
			t.Fatalf("k=%d: %v\n%s", k, err, stderr)
		}
		if want := "eval-summaries.jsonl: 3 articles, 17 sentences, " + strconv.Itoa(k) + " chosen per article"; !strings.Contains(out, want) {
			t.Errorf("k=%d: output lacks %q:\n%s", k, want, out)
		}
		if !strings.Contains(out, "sentences/s scoring and selecting") {
			t.Errorf("k=%d: output lacks the speed:\n%s", k, out)
		}

		type line struct {
			ID        string   `json:"id"`
			Sentences []string `json:"sentences"`
		}
		lines := readLines[line](t, preds)
		if len(lines) != len(arts) {
			t.Fatalf("k=%d: %d prediction lines for %d articles", k, len(lines), len(arts))
		}
		chosen := make([][]int, len(arts))
		for i, l := range lines {
			a := arts[i]
			if l.ID != a.ID {
				t.Errorf("k=%d: line %d has id %q, want %q", k, i+1, l.ID, a.ID)
			}
			if want := min(k, len(a.Sentences)); len(l.Sentences) != want {
				t.Errorf("k=%d: %s: %d sentences, want %d", k, a.ID, len(l.Sentences), want)
			}
			for _, s := range l.Sentences {
				j := slices.Index(a.Sentences, s)
				if j < 0 {
					t.Errorf("k=%d: %s: sentence %q is not one of the article's", k, a.ID, s)
					continue
				}
				chosen[i] = append(chosen[i], j)
			}
			if !slices.IsSorted(chosen[i]) || len(slices.Compact(slices.Clone(chosen[i]))) != len(chosen[i]) {
				t.Errorf("k=%d: %s: sentences %v are not distinct and in article order", k, a.ID, chosen[i])
			}
		}
		// The printed figures are those of the written sentences.
		r := summaries.Score(arts, chosen)
		got := printedRouge(t, out)
		for i, want := range []float64{r.R1, r.R2, r.RLsum} {
			if math.Abs(got[i]-want) > 0.005 {
				t.Errorf("k=%d: printed %v, the written sentences score %.2f %.2f %.2f", k, got, r.R1, r.R2, r.RLsum)
				break
			}
		}
		// The harbour article repeats its lead near the end; a summary never
		// shows both.
		if slices.Contains(chosen[0], 0) && slices.Contains(chosen[0], 7) {
			t.Errorf("k=%d: harbour summary repeats the lead: %v", k, chosen[0])
		}
	}
}

func TestEvalSummariesFlagsBeforeFile(t *testing.T) {
	out, stderr, err := run(t, t.TempDir(), "", "eval", "summaries", "--k", "1", "testdata/eval-summaries.jsonl")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "1 chosen per article") {
		t.Errorf("output = %q; want k = 1", out)
	}
}

func TestEvalSummariesAblate(t *testing.T) {
	out, stderr, err := run(t, t.TempDir(), "", "eval", "summaries", "testdata/eval-summaries.jsonl", "--ablate")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	_, table, ok := strings.Cut(out, "\nablation: ")
	if !ok {
		t.Fatalf("no ablation table:\n%s", out)
	}
	rows := []string{"default", "without position (lead prior)", "without centrality", "without title overlap",
		"without length prior", "without redundancy (MMR)", "lead-3 (baseline)", "TextRank (sumy's formula)",
		"default + 0.2 x TextRank", "default + 1 x TextRank", "default + 5 x TextRank"}
	for _, r := range rows {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(r) + ` +\d+\.\d\d +\d+\.\d\d +\d+\.\d\d +[-+]\d+\.\d\d`).MatchString(table) {
			t.Errorf("ablation table lacks a row for %q:\n%s", r, table)
		}
	}
	if !regexp.MustCompile(`(?m)^default +[\d.]+ +[\d.]+ +[\d.]+ +\+0\.00 +\+0\.00 +\+0\.00$`).MatchString(table) {
		t.Errorf("default row does not differ from itself by zero:\n%s", table)
	}
}

// TestEvalBootstrap: --bootstrap prints, for summaries, newsbot's lead
// over each peer with an interval that holds the lead and a share of
// resamples; for quotes, each F1 inside its interval.
func TestEvalBootstrap(t *testing.T) {
	out, stderr, err := run(t, t.TempDir(), "", "eval", "summaries", "testdata/eval-summaries.jsonl", "--bootstrap", "500")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "bootstrap: 500 resamples of the ") {
		t.Fatalf("no bootstrap header:\n%s", out)
	}
	rows := regexp.MustCompile(`(?m)^  (ROUGE-1|ROUGE-2|ROUGE-Lsum) +([-+]\d+\.\d\d) \[ *([-+]\d+\.\d\d), *([-+]\d+\.\d\d)\]  level or ahead in +(\d+\.\d)%$`).FindAllStringSubmatch(out, -1)
	if len(rows) != 6 {
		t.Fatalf("%d bootstrap rows, want 3 measures for each of 2 peers:\n%s", len(rows), out)
	}
	for _, r := range rows {
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(r[i+2], 64)
		}
		if v[1] > v[0]+0.005 || v[2] < v[0]-0.005 || v[3] < 0 || v[3] > 100 {
			t.Errorf("%s: difference %v outside its interval [%v, %v], or share %v not a percentage", r[1], v[0], v[1], v[2], v[3])
		}
	}
	for _, peer := range []string{"\nvs lead-3\n", "\nvs TextRank (sumy's formula)\n"} {
		if !strings.Contains(out, peer) {
			t.Errorf("no comparison %q:\n%s", strings.TrimSpace(peer), out)
		}
	}

	out, stderr, err = run(t, t.TempDir(), "", "eval", "quotes", "testdata/eval-quotes.jsonl", "--bootstrap", "500")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	checkQuoteSpread(t, out, 500, 2, 2)
	out, stderr, err = run(t, t.TempDir(), "", "eval", "quotes", "testdata/eval-quotes.jsonl", "--bootstrap", "300", "--sample", "7")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	checkQuoteSpread(t, out, 300, 7, 2)

	// Without the flag nothing is resampled.
	out, _, _ = run(t, t.TempDir(), "", "eval", "quotes", "testdata/eval-quotes.jsonl")
	if strings.Contains(out, "bootstrap") {
		t.Errorf("bootstrap printed without --bootstrap:\n%s", out)
	}
}

// checkQuoteSpread checks the lines --bootstrap prints for quotes: each F1
// inside its interval, and a share of resamples reaching the target.
func checkQuoteSpread(t *testing.T, out string, resamples, size, from int) {
	t.Helper()
	if want := fmt.Sprintf("bootstrap: %d resamples of %d articles drawn from the %d;", resamples, size, from); !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	for _, row := range []struct{ name, target string }{{"quoted", "88"}, {"all", "70"}} {
		re := regexp.MustCompile(`(?m)^` + row.name + ` +(\d+\.\d\d) \[(\d+\.\d\d), (\d+\.\d\d)\]  ` + row.target + ` or more in (\d+\.\d)%$`)
		m := re.FindStringSubmatch(out)
		if m == nil {
			t.Errorf("no %s line:\n%s", row.name, out)
			continue
		}
		var v [4]float64
		for i := range v {
			v[i], _ = strconv.ParseFloat(m[i+1], 64)
		}
		if v[1] > v[0] || v[2] < v[0] || v[3] < 0 || v[3] > 100 {
			t.Errorf("%s: F1 %v outside [%v, %v], or share %v not a percentage:\n%s", row.name, v[0], v[1], v[2], v[3], out)
		}
	}
}

// TestTrainQuotesBootstrap: with --cv, --bootstrap resamples the held-out
// predictions; without --cv it is refused.
func TestTrainQuotesBootstrap(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "m.bin")
	// Training needs a few articles in every fold: the fixture's two,
	// four times over.
	fixture, err := os.ReadFile("testdata/eval-quotes.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "train.jsonl")
	if err := os.WriteFile(file, bytes.Repeat(fixture, 4), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run(t, dir, "", "train", "quotes", file, "--cv", "2", "--folds", "2", "--epochs", "2", "--bootstrap", "200", "--sample", "5", "--out", model)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(out, "cross-validated over 2 folds") {
		t.Fatalf("no cross-validated report:\n%s", out)
	}
	checkQuoteSpread(t, out, 200, 5, 8)
	if _, err := os.Stat(model); err != nil {
		t.Errorf("no model written: %v", err)
	}
	_, _, err = run(t, dir, "", "train", "quotes", file, "--bootstrap", "200", "--out", model)
	if err == nil || !strings.Contains(err.Error(), "give --cv 2 or more") {
		t.Errorf("--bootstrap without --cv: error = %v, want one asking for --cv", err)
	}
	_, _, err = run(t, dir, "", "train", "quotes", file, "--cv", "2", "--bootstrap", "10", "--sample", "-1", "--out", model)
	if err == nil || !strings.Contains(err.Error(), "--sample -1") {
		t.Errorf("--sample -1: error = %v, want one naming it", err)
	}
}

// TestEvalQuotesNames: --names prints the pronoun speakers' resolved
// names with the text before them, to judge by reading.
func TestEvalQuotesNames(t *testing.T) {
	out, stderr, err := run(t, t.TempDir(), "", "eval", "quotes", "testdata/eval-quotes.jsonl", "--names", "5")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"speaker names: 1 of the 1 statements by \"he\" or \"she\"", "  1. Amélie Dubois\n",
		"said Amélie Dubois, the town’s mayor. She\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalQuotes(t *testing.T) {
	const file = "testdata/eval-quotes.jsonl"
	arts, err := attribution.LoadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	preds := filepath.Join(t.TempDir(), "quotes.jsonl")
	out, stderr, err := run(t, t.TempDir(), "", "eval", "quotes", file, "--out", preds)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, want := range []string{"eval-quotes.jsonl: articles 2", "articles/s", "\nquoted  gold     2", "\nall     gold     4",
		"content P/R/F1", "content+speaker P/R/F1", "speaker accuracy"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	type quote struct {
		Content     [][2]int `json:"content"`
		Speaker     [][2]int `json:"speaker"`
		Cue         [][2]int `json:"cue"`
		SpeakerName string   `json:"speaker_name"`
		Kind        string   `json:"kind"`
	}
	type line struct {
		ID     string  `json:"id"`
		Quotes []quote `json:"quotes"`
	}
	lines := readLines[line](t, preds)
	if len(lines) != len(arts) {
		t.Fatalf("%d prediction lines for %d articles", len(lines), len(arts))
	}
	// The texts put accented letters and curly quote marks before the
	// quotes, so byte offsets would point elsewhere: these must be code
	// points.
	found := map[string]bool{}
	for i, l := range lines {
		if l.ID != arts[i].ID {
			t.Errorf("line %d has id %q, want %q", i+1, l.ID, arts[i].ID)
		}
		text := []rune(arts[i].Text)
		at := func(spans [][2]int) string {
			var parts []string
			for _, s := range spans {
				if s[0] < 0 || s[1] > len(text) || s[0] >= s[1] {
					t.Errorf("%s: span %v outside the text (%d code points)", l.ID, s, len(text))
					return ""
				}
				parts = append(parts, string(text[s[0]:s[1]]))
			}
			return strings.Join(parts, " … ")
		}
		for _, q := range l.Quotes {
			if len(q.Content) == 0 || !slices.Contains([]string{"direct", "mixed", "indirect"}, q.Kind) || len(q.Speaker) > 1 || len(q.Cue) > 1 {
				t.Errorf("%s: malformed quote %+v", l.ID, q)
			}
			content, speaker := at(q.Content), at(q.Speaker)
			if strings.Contains(content, "The harbour will reopen") && strings.Contains(speaker, "Amélie Dubois") && q.Kind == "direct" {
				found["mayor"] = true
			}
			if strings.Contains(content, "We will keep the van") && strings.Contains(speaker, "Zoë Park") && q.SpeakerName == "Zoë Park" {
				found["trust"] = true
			}
		}
	}
	for _, who := range []string{"mayor", "trust"} {
		if !found[who] {
			t.Errorf("the %s's direct quote with its speaker is missing from %s", who, preds)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"eval"}, "needs a mode"},
		{[]string{"eval", "headlines", "x.jsonl"}, `unknown eval mode "headlines"`},
		{[]string{"eval", "summaries"}, "exactly one FILE.jsonl, got 0"},
		{[]string{"eval", "quotes", "a.jsonl", "b.jsonl"}, "exactly one FILE.jsonl, got 2"},
		{[]string{"eval", "summaries", "testdata/eval-summaries.jsonl", "--k", "0"}, "--k 0"},
		{[]string{"eval", "summaries", "testdata/eval-quotes.jsonl"}, "no summary_sentences"},
		{[]string{"eval", "summaries", "testdata/eval-summaries.jsonl", "--out", "/nonexistent-dir/preds.jsonl"}, "write predictions"},
		{[]string{"eval", "summaries", "testdata/eval-summaries.jsonl", "--bootstrap", "-1"}, "--bootstrap -1"},
		{[]string{"eval", "quotes", "testdata/eval-quotes.jsonl", "--bootstrap", "-5"}, "--bootstrap -5"},
		{[]string{"eval", "quotes", "testdata/eval-quotes.jsonl", "--bootstrap", "1000001"}, "--bootstrap 1000001: give a number of resamples from 1 to 1000000"},
	}
	for _, c := range cases {
		_, _, err := run(t, t.TempDir(), "", c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error = %v, want one containing %q", c.args, err, c.want)
		}
	}
	for _, mode := range []string{"summaries", "quotes"} {
		_, _, err := run(t, t.TempDir(), "", "eval", mode, "testdata/no-such-file.jsonl")
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("eval %s of a missing file: error = %v, want fs.ErrNotExist", mode, err)
		}
	}
}

func TestEvalHelp(t *testing.T) {
	out, _, err := run(t, t.TempDir(), "", "eval", "--help")
	if err != nil || !strings.Contains(out, "newsbot eval summaries FILE.jsonl") || !strings.Contains(out, "newsbot eval quotes FILE.jsonl") {
		t.Errorf("eval --help = %q, %v", out, err)
	}
	_, stderr, err := run(t, t.TempDir(), "", "eval", "summaries", "--help")
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(stderr, "-ablate") || !strings.Contains(stderr, "-k int") {
		t.Errorf("eval summaries --help: %v\n%s", err, stderr)
	}
}

// evalFile finds a benchmark file under $NEWSBOT_EVAL_DIR, which may name
// the eval data folder (holding summaries/ and quotes/) or, as for
// eval/attribution's test, one of those two folders.
func evalFile(dir, kind, name string) (string, bool) {
	for _, p := range []string{filepath.Join(dir, kind, name), filepath.Join(dir, name), filepath.Join(dir, "..", kind, name)} {
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
	}
	return "", false
}

// TestEvalBenchmarks runs both evaluations on the public benchmark files in
// $NEWSBOT_EVAL_DIR and logs the figures; it is skipped when the variable
// is unset, since the data is not part of the repository. It fails if the
// scorer falls below Lead-3 on CNN/DM, the human-written highlights.
func TestEvalBenchmarks(t *testing.T) {
	dir := os.Getenv("NEWSBOT_EVAL_DIR")
	if dir == "" {
		t.Skip("NEWSBOT_EVAL_DIR not set")
	}
	for _, name := range []string{"cnndm-dev.jsonl", "bbc-dev.jsonl"} {
		path, ok := evalFile(dir, "summaries", name)
		if !ok {
			t.Logf("%s not found under %s", name, dir)
			continue
		}
		out, stderr, err := run(t, t.TempDir(), "", "eval", "summaries", path, "--ablate")
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, stderr)
		}
		t.Logf("\n%s", out)
		if name != "cnndm-dev.jsonl" {
			continue
		}
		m := regexp.MustCompile(`(?m)^lead-3 \(baseline\) +(\d+\.\d+) +(\d+\.\d+) +(\d+\.\d+)`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no lead-3 row")
		}
		got := printedRouge(t, out)
		for i := range got {
			lead, _ := strconv.ParseFloat(m[i+1], 64)
			if got[i] < lead {
				t.Errorf("%s: ROUGE %v below Lead-3 %v", name, got, m[1:])
				break
			}
		}
	}
	if path, ok := evalFile(dir, "quotes", "polnear-dev.jsonl"); ok {
		out, stderr, err := run(t, t.TempDir(), "", "eval", "quotes", path)
		if err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		t.Logf("\n%s", out)
	}
}

// eval quotes --model extracts with the model in the file: the embedded
// model's own bytes give the embedded model's figures, and a file that
// is not a model is refused with its name.
func TestEvalQuotesModel(t *testing.T) {
	const file = "testdata/eval-quotes.jsonl"
	scores := func(out string) string {
		// The speed differs from run to run; the rest must not.
		var keep []string
		for _, l := range strings.Split(out, "\n") {
			if !strings.Contains(l, "articles/s") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
	want, stderr, err := run(t, t.TempDir(), "", "eval", "quotes", file)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	got, stderr, err := run(t, t.TempDir(), "", "eval", "quotes", file, "--model", "../../briefings/quotes/model.bin")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if scores(got) != scores(want) {
		t.Errorf("with the embedded model's file:\n%s\nwithout --model:\n%s", got, want)
	}

	bad := filepath.Join(t.TempDir(), "notamodel.bin")
	if err := os.WriteFile(bad, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(t, t.TempDir(), "", "eval", "quotes", file, "--model", bad); err == nil || !strings.Contains(err.Error(), "notamodel.bin") {
		t.Errorf("a file that is not a model: error = %v, want one naming it", err)
	}
	if _, _, err := run(t, t.TempDir(), "", "eval", "quotes", file, "--model", bad+".missing"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing model: error = %v, want fs.ErrNotExist", err)
	}
}

// TestBlendTextRank: with no weight on TextRank the blend chooses what the
// default scorer chooses; with an overwhelming weight and no redundancy
// penalty, what TextRank alone chooses.
func TestBlendTextRank(t *testing.T) {
	arts, err := summaries.LoadFile("testdata/eval-summaries.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	docs := analyse(arts)
	w := briefings.DefaultWeights
	want, _, err := summarize(context.Background(), docs, 2, w)
	if err != nil {
		t.Fatal(err)
	}
	ranks := textRanks(docs)
	if got := blendTextRank(docs, ranks, 2, w, 0); !reflect.DeepEqual(got, want) {
		t.Errorf("blend with 0 x TextRank = %v, want the default's %v", got, want)
	}
	w.Redundancy = 0
	got, tr := blendTextRank(docs, ranks, 2, w, 1e9), textRankPicks(docs, ranks, 2)
	compared := 0
	for i := range docs {
		if slices.Contains(docs[i].unfit, true) {
			continue // the blend never takes an unfit sentence; TextRank may
		}
		compared++
		if !slices.Equal(got[i], tr[i]) {
			t.Errorf("article %d: blend with 1e9 x TextRank = %v, TextRank alone %v", i, got[i], tr[i])
		}
	}
	if compared == 0 {
		t.Fatal("no article without unfit sentences to compare")
	}
}
