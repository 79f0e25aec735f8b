package attribution_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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
// directory to also write every miss and false alarm there, and the
// predictions' spans as JSON lines for other tools (with
// NEWSBOT_EVAL_CV=5, also those on the train file's folds held out, as
// polnear-train-cv.txt and .jsonl), and NEWSBOT_EVAL_ABLATE to also
// score the extractor with each learned component switched off.
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
				t.Logf("%s %-16s content+speaker F1 quoted %.2f (%d right) all %.2f (%d right), speaker accuracy %.1f, %.0f articles/s",
					name, ab.name, q, r.Quoted.Speaker, a, r.All.Speaker, r.All.SpeakerAccuracy(), r.ArticlesPerSecond())
			}
		}
		if dump := os.Getenv("NEWSBOT_EVAL_DUMP"); dump != "" {
			atts := make([][]quotes.Attribution, len(articles))
			for i, a := range articles {
				atts[i] = quotes.Extract(a.Text)
			}
			base := strings.TrimSuffix(name, ".jsonl")
			writeDump(t, filepath.Join(dump, base+".txt"), articles, atts)
			writePredictions(t, filepath.Join(dump, base+".jsonl"), articles, atts)
			// The model learned from the train file, so its errors there
			// in sample are not the ones it makes on new articles: with
			// NEWSBOT_EVAL_CV=K, each of K folds is also extracted with a
			// model trained on the others.
			if k, _ := strconv.Atoi(os.Getenv("NEWSBOT_EVAL_CV")); k > 1 && name == "polnear-train.jsonl" {
				cv := heldOut(t, articles, k)
				writeDump(t, filepath.Join(dump, base+"-cv.txt"), articles, cv)
				writePredictions(t, filepath.Join(dump, base+"-cv.jsonl"), articles, cv)
			}
		}
	}
}

// heldOut extracts each of k folds of the articles (article i is in fold
// i%k, as in "newsbot train quotes --cv") with a model trained on the
// other folds.
func heldOut(t *testing.T, articles []attribution.Article, k int) [][]quotes.Attribution {
	samples := make([]quotes.Sample, len(articles))
	for i, a := range articles {
		samples[i].Text = a.Text
		for _, g := range a.Attributions {
			if g.Content == nil {
				continue
			}
			qg := quotes.Gold{Quoted: g.Quoted()}
			for _, s := range g.Content.Spans {
				qg.Content = append(qg.Content, newsbot.Span{Start: s[0], End: s[1]})
			}
			if g.Source != nil {
				for _, s := range g.Source.Spans {
					qg.Source = append(qg.Source, newsbot.Span{Start: s[0], End: s[1]})
				}
			}
			samples[i].Gold = append(samples[i].Gold, qg)
		}
	}
	out := make([][]quotes.Attribution, len(articles))
	for f := range k {
		var train []quotes.Sample
		for i := range samples {
			if i%k != f {
				train = append(train, samples[i])
			}
		}
		m, err := quotes.Train(train, quotes.TrainOptions{})
		if err != nil {
			t.Fatal(err)
		}
		e := quotes.Extractor{Model: m}
		for i, a := range articles {
			if i%k == f {
				out[i] = e.Extract(a.Text)
			}
		}
	}
	return out
}

// writeDump writes, per article, the gold attributions and the
// predictions (atts[i] for articles[i]) with what matched, for reading
// errors, after a count of the errors on quoted attributions by kind.
func writeDump(t *testing.T, path string, articles []attribution.Article, atts [][]quotes.Attribution) {
	var b strings.Builder
	kinds := map[string]int{}
	for i, a := range articles {
		tallyQuoted(a, atts[i], kinds)
	}
	fmt.Fprintf(&b, "# quoted attributions (gold direct or mixed; predictions with a double quote mark):\n")
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		fmt.Fprintf(&b, "# %-28s %5d\n", k, kinds[k])
	}
	t.Logf("%s: quoted errors by kind: %v", filepath.Base(path), kinds)
	for i, a := range articles {
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
		atts := atts[i]
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

// tallyQuoted counts, over one article's quoted attributions, how each
// gold one fared and what each unmatched prediction is:
//
//   - ok: content and speaker right;
//   - speaker: content matched, speaker wrong;
//   - boundary longer/shorter/shifted: no match, but a prediction overlaps
//     the gold content, and reaches beyond it, stops inside it, or both;
//   - missed: no prediction touches the gold content;
//   - false overlapping: an unmatched prediction touching some annotated
//     content (mostly the other side of a boundary error);
//   - false spurious: one touching none.
func tallyQuoted(a attribution.Article, atts []quotes.Attribution, kinds map[string]int) {
	text := []rune(a.Text)
	var gold []attribution.Gold
	for _, g := range a.Attributions {
		if g.Content != nil && len(g.Content.Spans) > 0 && g.Quoted() {
			gold = append(gold, g)
		}
	}
	quoted := func(spans []newsbot.Span) bool {
		for _, s := range spans {
			if strings.ContainsAny(string(text[max(s.Start, 0):min(s.End, len(text))]), "\"“”") {
				return true
			}
		}
		return false
	}
	var preds, all []attribution.Prediction
	for _, at := range atts {
		p := attribution.Prediction{Content: at.Content, Speaker: at.Speaker}
		all = append(all, p)
		if quoted(at.Content) {
			preds = append(preds, p)
		}
	}
	covered := func(spans []newsbot.Span, c int) bool {
		for _, s := range spans {
			if c >= s.Start && c < s.End {
				return true
			}
		}
		return false
	}
	// beyond reports whether some of a lies outside b.
	beyond := func(a, b []newsbot.Span) bool {
		for _, s := range a {
			for c := s.Start; c < s.End; c++ {
				if !covered(b, c) {
					return true
				}
			}
		}
		return false
	}
	overlaps := func(a, b []newsbot.Span) bool {
		for _, s := range a {
			for c := s.Start; c < s.End; c++ {
				if covered(b, c) {
					return true
				}
			}
		}
		return false
	}
	spans := func(f *attribution.Field) []newsbot.Span {
		var out []newsbot.Span
		for _, s := range f.Spans {
			out = append(out, newsbot.Span{Start: s[0], End: s[1]})
		}
		return out
	}
	matched := map[int]bool{}
	gm := map[int]attribution.Match{}
	for _, m := range attribution.MatchAll(gold, preds) {
		matched[m.Pred] = true
		gm[m.Gold] = m
	}
	for gi, g := range gold {
		if m, ok := gm[gi]; ok {
			if m.Speaker {
				kinds["ok"]++
			} else {
				kinds["speaker"]++
			}
			continue
		}
		gs := spans(g.Content)
		kind := "missed"
		for _, p := range all {
			if !overlaps(p.Content, gs) {
				continue
			}
			longer, shorter := beyond(p.Content, gs), beyond(gs, p.Content)
			switch {
			case longer && shorter:
				kind = "boundary shifted"
			case longer:
				kind = "boundary longer"
			default:
				kind = "boundary shorter"
			}
			break
		}
		kinds[kind]++
	}
	for pi, p := range preds {
		if matched[pi] {
			continue
		}
		kind := "false spurious"
		for _, g := range a.Attributions {
			if g.Content != nil && overlaps(p.Content, spans(g.Content)) {
				kind = "false overlapping"
				break
			}
		}
		kinds[kind]++
	}
}

// writePredictions writes the attributions found in each article as one
// JSON line (id and the attributions' spans), for analysis with other
// tools.
func writePredictions(t *testing.T, path string, articles []attribution.Article, atts [][]quotes.Attribution) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i, a := range articles {
		type pred struct {
			Content []newsbot.Span `json:"content"`
			Speaker newsbot.Span   `json:"speaker"`
			Cue     newsbot.Span   `json:"cue"`
			Kind    string         `json:"kind"`
		}
		line := struct {
			ID    string `json:"id"`
			Preds []pred `json:"preds"`
		}{ID: a.ID}
		for _, at := range atts[i] {
			line.Preds = append(line.Preds, pred{at.Content, at.Speaker, at.Cue, fmt.Sprint(at.Kind)})
		}
		if err := enc.Encode(line); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
