// Package attribution scores quote attribution against PolNeAR-style gold
// data: attributions with a source, a cue and a content, each given as
// code-point spans into the article text.
//
// The protocol is the one in the project's eval README ("Quotes:
// attribution precision and recall"): a prediction matches a gold
// attribution when their content characters overlap by at least half of
// each side, one-to-one, largest overlap first; a match also counts for
// content+speaker when the predicted speaker span is right.
package attribution

import (
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/eval/bootstrap"
	"github.com/newsbot-dev/newsbot/eval/jsonl"
)

// Article is one annotated article.
type Article struct {
	ID           string `json:"id"`
	Publisher    string `json:"publisher"`
	Title        string `json:"title"`
	Text         string `json:"text"`
	Attributions []Gold `json:"attributions"`
}

// Gold is one annotated attribution. Source, Cue and Content are nil when
// the annotator left them out.
type Gold struct {
	ID        string `json:"id"`
	Kind      string `json:"kind"` // "Attribution" or "Attribution-no-source"
	Source    *Field `json:"source"`
	Cue       *Field `json:"cue"`
	Content   *Field `json:"content"`
	QuoteType string `json:"quote_type"` // "direct", "mixed" or "indirect"
}

// Field is an annotated text and where it sits.
type Field struct {
	Text  string   `json:"text"`
	Spans [][2]int `json:"spans"`
}

// spans returns the field's spans, nil for a missing field.
func (f *Field) spans() []newsbot.Span {
	if f == nil {
		return nil
	}
	out := make([]newsbot.Span, 0, len(f.Spans))
	for _, s := range f.Spans {
		out = append(out, newsbot.Span{Start: s[0], End: s[1]})
	}
	return out
}

// Quoted reports whether the gold attribution counts as quoted speech.
func (g Gold) Quoted() bool { return g.QuoteType == "direct" || g.QuoteType == "mixed" }

// Prediction is what an extractor says about one statement: where its
// content is and where the speaker is mentioned (zero Span for none).
type Prediction struct {
	Content []newsbot.Span
	Speaker newsbot.Span
}

// Load reads articles, one JSON object a line.
func Load(r io.Reader) ([]Article, error) {
	var out []Article
	err := jsonl.Each(r, func(line int, a Article) error {
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	return out, nil
}

// LoadFile reads a jsonl file of articles.
func LoadFile(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("attribution: %w", err)
	}
	defer f.Close()
	return Load(f)
}

// Counts are the tallies behind one precision/recall figure.
type Counts struct {
	Predicted int // predictions considered
	Gold      int // gold attributions considered
	Content   int // one-to-one content matches
	Speaker   int // content matches whose speaker is right too
}

func (c *Counts) add(o Counts) {
	c.Predicted += o.Predicted
	c.Gold += o.Gold
	c.Content += o.Content
	c.Speaker += o.Speaker
}

// PRF returns precision, recall and F1, in percent, for n matches.
func (c Counts) PRF(n int) (p, r, f float64) {
	if c.Predicted > 0 {
		p = 100 * float64(n) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		r = 100 * float64(n) / float64(c.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// SpeakerAccuracy is the fraction, in percent, of content matches whose
// predicted speaker is right.
func (c Counts) SpeakerAccuracy() float64 {
	if c.Content == 0 {
		return 0
	}
	return 100 * float64(c.Speaker) / float64(c.Content)
}

// Report is the score of a run over a set of articles.
type Report struct {
	Articles int
	All      Counts // every gold attribution with content, every prediction
	Quoted   Counts // gold direct or mixed; predictions whose content holds a double quote mark
	// Elapsed is the time the extractor took, when the caller measured it
	// (see Evaluate); zero otherwise.
	Elapsed time.Duration
}

// ArticlesPerSecond is the extraction speed, 0 when not measured.
func (r Report) ArticlesPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Articles) / r.Elapsed.Seconds()
}

func (r Report) String() string {
	var b strings.Builder
	row := func(name string, c Counts) {
		cp, cr, cf := c.PRF(c.Content)
		sp, sr, sf := c.PRF(c.Speaker)
		fmt.Fprintf(&b, "%-7s gold %5d  pred %5d  content P/R/F1 %5.1f %5.1f %5.1f (%d right)  content+speaker P/R/F1 %5.1f %5.1f %5.2f (%d right)  speaker accuracy %5.1f\n",
			name, c.Gold, c.Predicted, cp, cr, cf, c.Content, sp, sr, sf, c.Speaker, c.SpeakerAccuracy())
	}
	fmt.Fprintf(&b, "articles %d", r.Articles)
	if aps := r.ArticlesPerSecond(); aps > 0 {
		fmt.Fprintf(&b, "  (%.0f articles/s)", aps)
	}
	b.WriteString("\n")
	row("quoted", r.Quoted)
	row("all", r.All)
	b.WriteString("speaker accuracy: content matches whose speaker is right, over all content matches\n")
	return b.String()
}

// Evaluate runs extract over every article, timing it, and scores the
// result.
func Evaluate(articles []Article, extract func(text string) []Prediction) Report {
	preds := make([][]Prediction, len(articles))
	start := time.Now()
	for i, a := range articles {
		preds[i] = extract(a.Text)
	}
	elapsed := time.Since(start)
	r := Score(articles, preds)
	r.Elapsed = elapsed
	return r
}

// Score compares predictions with the gold attributions; preds[i] are the
// predictions for articles[i].
func Score(articles []Article, preds [][]Prediction) Report {
	r := Report{Articles: len(articles)}
	for i, a := range articles {
		var p []Prediction
		if i < len(preds) {
			p = preds[i]
		}
		all, quoted := ScoreArticle(a, p)
		r.All.add(all)
		r.Quoted.add(quoted)
	}
	return r
}

// Resample is how far the content+speaker F1 figures could move on
// another set of size articles from the same source (all of them when size
// is 0): their values, sorted, over n resamples of the articles drawn with
// replacement (seed fixes the draws).
func Resample(articles []Article, preds [][]Prediction, n, size int, seed uint64) (all, quoted []float64) {
	each := make([][2]Counts, len(articles))
	for i, a := range articles {
		var p []Prediction
		if i < len(preds) {
			p = preds[i]
		}
		each[i][0], each[i][1] = ScoreArticle(a, p)
	}
	bootstrap.Each(len(articles), size, n, seed, func(idx []int) {
		var a, q Counts
		for _, i := range idx {
			a.add(each[i][0])
			q.add(each[i][1])
		}
		_, _, f := a.PRF(a.Speaker)
		all = append(all, f)
		_, _, f = q.PRF(q.Speaker)
		quoted = append(quoted, f)
	})
	slices.Sort(all)
	slices.Sort(quoted)
	return all, quoted
}

// ScoreArticle scores the predictions for one article, over all
// attributions and over quoted ones.
func ScoreArticle(a Article, preds []Prediction) (all, quoted Counts) {
	text := []rune(a.Text)
	var gold, goldQ []Gold
	for _, g := range a.Attributions {
		if len(g.Content.spans()) == 0 {
			continue
		}
		gold = append(gold, g)
		if g.Quoted() {
			goldQ = append(goldQ, g)
		}
	}
	var predQ []Prediction
	for _, p := range preds {
		if hasQuoteMark(text, p.Content) {
			predQ = append(predQ, p)
		}
	}
	all = count(gold, preds)
	quoted = count(goldQ, predQ)
	return all, quoted
}

// Match is one pairing of a prediction with a gold attribution.
type Match struct {
	Pred, Gold int // indexes
	Overlap    int // shared content code points
	Speaker    bool
}

func count(gold []Gold, preds []Prediction) Counts {
	c := Counts{Predicted: len(preds), Gold: len(gold)}
	for _, m := range MatchAll(gold, preds) {
		c.Content++
		if m.Speaker {
			c.Speaker++
		}
	}
	return c
}

// MatchAll pairs predictions with gold attributions one-to-one, largest
// content overlap first, keeping only pairs that overlap by at least half
// of each side's content.
func MatchAll(gold []Gold, preds []Prediction) []Match {
	gs := make([][]newsbot.Span, len(gold))
	for i, g := range gold {
		gs[i] = newsbot.MergeSpans(g.Content.spans())
	}
	ps := make([][]newsbot.Span, len(preds))
	for i, p := range preds {
		ps[i] = newsbot.MergeSpans(p.Content)
	}
	var cands []Match
	for pi := range preds {
		pl := newsbot.TotalLen(ps[pi])
		for gi := range gold {
			ov := overlap(ps[pi], gs[gi])
			if ov == 0 || 2*ov < pl || 2*ov < newsbot.TotalLen(gs[gi]) {
				continue
			}
			cands = append(cands, Match{Pred: pi, Gold: gi, Overlap: ov})
		}
	}
	// Largest overlap first; ties go to the earlier gold, then the earlier
	// prediction, so that scores do not depend on map or sort order.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].Overlap != cands[j].Overlap {
			return cands[i].Overlap > cands[j].Overlap
		}
		if cands[i].Gold != cands[j].Gold {
			return cands[i].Gold < cands[j].Gold
		}
		return cands[i].Pred < cands[j].Pred
	})
	usedP := make([]bool, len(preds))
	usedG := make([]bool, len(gold))
	var out []Match
	for _, m := range cands {
		if usedP[m.Pred] || usedG[m.Gold] {
			continue
		}
		usedP[m.Pred], usedG[m.Gold] = true, true
		m.Speaker = SpeakerRight(gold[m.Gold], preds[m.Pred])
		out = append(out, m)
	}
	return out
}

// SpeakerRight reports whether the predicted speaker matches the gold
// source: it overlaps the source, is no longer than twice the source plus
// 20 code points, and lies outside the predicted content; or neither names
// a speaker.
func SpeakerRight(g Gold, p Prediction) bool {
	src := newsbot.MergeSpans(g.Source.spans())
	if p.Speaker.Len() <= 0 {
		return newsbot.TotalLen(src) == 0
	}
	if newsbot.TotalLen(src) == 0 {
		return false
	}
	sp := []newsbot.Span{p.Speaker}
	if overlap(sp, src) == 0 {
		return false
	}
	if p.Speaker.Len() > 2*newsbot.TotalLen(src)+20 {
		return false
	}
	return overlap(sp, newsbot.MergeSpans(p.Content)) == 0
}

// hasQuoteMark reports whether the content holds a double quote mark.
func hasQuoteMark(text []rune, spans []newsbot.Span) bool {
	for _, s := range spans {
		for i := max(s.Start, 0); i < min(s.End, len(text)); i++ {
			switch text[i] {
			case '"', '“', '”':
				return true
			}
		}
	}
	return false
}

// overlap counts the code points shared by two normalized span lists.
func overlap(a, b []newsbot.Span) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := max(a[i].Start, b[j].Start), min(a[i].End, b[j].End)
		if hi > lo {
			n += hi - lo
		}
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return n
}
