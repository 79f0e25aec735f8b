package attribution_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings/quotes"
	"github.com/newsbot-dev/newsbot/eval/attribution"
)

// extract adapts quotes.Extract to the scorer.
func extract(text string) []attribution.Prediction { return extractWith(quotes.Extract)(text) }

func extractWith(f func(string) []quotes.Attribution) func(string) []attribution.Prediction {
	return func(text string) []attribution.Prediction {
		var out []attribution.Prediction
		for _, a := range f(text) {
			out = append(out, attribution.Prediction{Content: a.Content, Speaker: a.Speaker})
		}
		return out
	}
}

// ablations switch the extractor's learned components off in turn.
var ablations = []struct {
	name string
	e    quotes.Extractor
}{
	{"rules only", quotes.Extractor{}},
	{"no boundaries", quotes.Extractor{Model: quotes.DefaultModel(), NoBoundaries: true}},
	{"no filter", quotes.Extractor{Model: quotes.DefaultModel(), NoFilter: true}},
	{"no learned cues", quotes.Extractor{Model: quotes.DefaultModel(), NoCues: true}},
}

// TestPolNeAR measures quotes.Extract on the PolNeAR files in
// $NEWSBOT_EVAL_DIR (the directory holding polnear-dev.jsonl and
// polnear-train.jsonl). It is skipped when the variable is unset: the
// data is not part of the repository. Set NEWSBOT_EVAL_DUMP to a
// directory to also write every miss and false alarm there, and
// NEWSBOT_EVAL_ABLATE to also score the extractor with each learned
// component switched off.
func TestPolNeAR(t *testing.T) {
	dir := os.Getenv("NEWSBOT_EVAL_DIR")
	if dir == "" {
		t.Skip("NEWSBOT_EVAL_DIR not set")
	}
	for _, name := range []string{"polnear-dev.jsonl", "polnear-train.jsonl"} {
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path); err != nil {
			t.Logf("%s: %v", name, err)
			continue
		}
		articles, err := attribution.LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := attribution.Evaluate(articles, extract)
		t.Logf("%s\n%s", name, r)
		if os.Getenv("NEWSBOT_EVAL_ABLATE") != "" {
			for _, ab := range ablations {
				r := attribution.Evaluate(articles, extractWith(ab.e.Extract))
				_, _, q := r.Quoted.PRF(r.Quoted.Speaker)
				_, _, a := r.All.PRF(r.All.Speaker)
				t.Logf("%s %-16s content+speaker F1 quoted %.1f all %.1f, speaker accuracy %.1f, %.0f articles/s",
					name, ab.name, q, a, r.All.SpeakerAccuracy(), r.ArticlesPerSecond())
			}
		}
		if dump := os.Getenv("NEWSBOT_EVAL_DUMP"); dump != "" {
			writeDump(t, filepath.Join(dump, strings.TrimSuffix(name, ".jsonl")+".txt"), articles)
		}
	}
}

// writeDump writes, per article, the gold attributions and the
// predictions with what matched, for reading errors.
func writeDump(t *testing.T, path string, articles []attribution.Article) {
	var b strings.Builder
	for _, a := range articles {
		rs := []rune(a.Text)
		text := func(spans []newsbot.Span) string {
			var parts []string
			for _, s := range spans {
				if s.Start >= 0 && s.End <= len(rs) && s.Start <= s.End {
					parts = append(parts, string(rs[s.Start:s.End]))
				}
			}
			return strings.Join(parts, " | ")
		}
		var gold []attribution.Gold
		for _, g := range a.Attributions {
			if g.Content != nil && len(g.Content.Spans) > 0 {
				gold = append(gold, g)
			}
		}
		atts := quotes.Extract(a.Text)
		var preds []attribution.Prediction
		for _, at := range atts {
			preds = append(preds, attribution.Prediction{Content: at.Content, Speaker: at.Speaker})
		}
		ms := attribution.MatchAll(gold, preds)
		gm := map[int]attribution.Match{}
		pm := map[int]attribution.Match{}
		for _, m := range ms {
			gm[m.Gold] = m
			pm[m.Pred] = m
		}
		fmt.Fprintf(&b, "##### %s\n", a.ID)
		for gi, g := range gold {
			src := ""
			if g.Source != nil {
				src = g.Source.Text
			}
			cue := ""
			if g.Cue != nil {
				cue = g.Cue.Text
			}
			tag := "MISS"
			if m, ok := gm[gi]; ok {
				tag = "OK  "
				if !m.Speaker {
					tag = "SPKR"
				}
			}
			fmt.Fprintf(&b, "G %s %-8s [%s] <%s> %q\n", tag, g.QuoteType, src, cue, g.Content.Text)
			if m, ok := gm[gi]; ok && !m.Speaker {
				p := preds[m.Pred]
				fmt.Fprintf(&b, "     pred speaker [%s]\n", text([]newsbot.Span{p.Speaker}))
			}
		}
		for pi, p := range preds {
			if _, ok := pm[pi]; ok {
				continue
			}
			fmt.Fprintf(&b, "P FA   %-8s [%s] <%s> %q\n", atts[pi].Kind, text([]newsbot.Span{p.Speaker}), text([]newsbot.Span{atts[pi].Cue}), text(p.Content))
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
