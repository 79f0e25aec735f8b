package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/briefings/quotes"
	"github.com/newsbot-dev/newsbot/eval/attribution"
	"github.com/newsbot-dev/newsbot/eval/bootstrap"
	"github.com/newsbot-dev/newsbot/eval/summaries"
)

const evalUsage = `Usage:
  newsbot eval summaries FILE.jsonl [--k 3] [--out PREDS.jsonl] [--ablate] [--bootstrap N]
  newsbot eval quotes FILE.jsonl [--out PREDS.jsonl] [--bootstrap N]

summaries: choose k sentences of each article's article_sentences with the
briefing engine's single-article scorer and print ROUGE-1, ROUGE-2 and
ROUGE-Lsum F1 (mean over articles, x100, stemmed, as Google's rouge_score)
against summary_sentences, and the speed. --ablate reruns with each of the
scorer's ideas switched off in turn.

quotes: run the archive's quote extractor on each article's text and print
content and content+speaker precision, recall and F1 (all attributions and
quoted ones), speaker accuracy and the speed, against PolNeAR-style gold.

--bootstrap N resamples the file's articles N times (with replacement, a
fixed seed) to show how far each figure could move on another sample of as
many articles from the same source: for summaries, newsbot's lead over
Lead-k and TextRank with its 95% interval and how often it holds; for
quotes, the 95% interval of each F1 and how often it reaches its target
(--sample M draws M articles for each resample instead).

The file formats and scoring rules are those of the eval data's README.`

// runEval measures the engine on public benchmark data. It needs no
// database: it reads the benchmark file and prints figures.
func runEval(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, evalUsage)
		return errors.New("eval needs a mode: summaries or quotes")
	}
	switch args[0] {
	case "summaries":
		return evalSummaries(ctx, env, args[1:])
	case "quotes":
		return evalQuotes(ctx, env, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(env.Stdout, evalUsage)
		return nil
	}
	fmt.Fprintln(env.Stderr, evalUsage)
	return fmt.Errorf("unknown eval mode %q: use summaries or quotes", args[0])
}

// parseFile parses flags that may come before or after the one file
// argument ("eval summaries FILE --k 3" as well as "eval summaries --k 3
// FILE"), with parseArgs, and returns the file.
func parseFile(fs *flag.FlagSet, args []string) (string, error) {
	if err := parseArgs(fs, args); err != nil {
		return "", err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return "", fmt.Errorf("%s needs exactly one FILE.jsonl, got %d", fs.Name(), fs.NArg())
	}
	return fs.Arg(0), nil
}

func evalFlags(env *Env, mode string) *flag.FlagSet {
	fs := flag.NewFlagSet("eval "+mode, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: newsbot eval %s FILE.jsonl [flags]\n\nFlags:\n", mode)
		fs.PrintDefaults()
	}
	return fs
}

// analysed is an eval article as the archive would hold it: each
// sentence's terms and fitness computed once, as at ingest.
type analysed struct {
	title []string
	terms [][]string
	unfit []bool
}

func analyse(arts []summaries.Article) []analysed {
	out := make([]analysed, len(arts))
	for i, a := range arts {
		an := analysed{title: briefings.Terms(a.Title), terms: make([][]string, len(a.Sentences)), unfit: make([]bool, len(a.Sentences))}
		for j, s := range a.Sentences {
			an.terms[j] = briefings.Terms(s)
			an.unfit[j] = briefings.Unfit(s)
		}
		out[i] = an
	}
	return out
}

// summarize chooses k sentences of every article as a briefing scores a
// single article (ScoreArticle, then Select), timing only that.
func summarize(ctx context.Context, docs []analysed, k int, w briefings.Weights) ([][]int, time.Duration, error) {
	chosen := make([][]int, len(docs))
	var elapsed time.Duration
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		start := time.Now()
		scores := briefings.ScoreArticle(d.title, d.terms, d.unfit, nil, w)
		chosen[i] = briefings.Select(scores, d.terms, nil, w.Redundancy, k)
		elapsed += time.Since(start)
	}
	return chosen, elapsed, nil
}

// bootstrapSeed fixes --bootstrap's draws, so a figure in a note can be
// printed again.
const bootstrapSeed = 1

func bootstrapFlag(fs *flag.FlagSet) *int {
	return fs.Int("bootstrap", 0, "resample the articles this many times (10000 is plenty) and print how far the figures could move on another sample of as many articles")
}

// maxResamples bounds --bootstrap: each resample keeps a few figures in
// memory, and 10,000 already gives the percentiles to a tenth of a point.
// maxSample bounds --sample, the articles drawn for each resample.
const maxResamples, maxSample = 1_000_000, 1_000_000

// checkResamples refuses a --bootstrap or --sample out of range; size 0
// is the default, as many articles as the file holds.
func checkResamples(n, size int) error {
	if n < 0 || n > maxResamples {
		return fmt.Errorf("--bootstrap %d: give a number of resamples from 1 to %d, or 0 for none", n, maxResamples)
	}
	if size < 0 || size > maxSample {
		return fmt.Errorf("--sample %d: give a number of articles from 1 to %d, or 0 for as many as the file holds", size, maxSample)
	}
	return nil
}

// quoteBootstrapFlags are --bootstrap and --sample for the quote
// commands.
func quoteBootstrapFlags(fs *flag.FlagSet) (resamples, size *int) {
	resamples = bootstrapFlag(fs)
	size = fs.Int("sample", 0, "with --bootstrap, draw this many articles for each resample (0: as many as the file holds), to see how the figures spread on a test set of that size")
	return resamples, size
}

// Targets of the quote extractor on PolNeAR (content+speaker F1), which
// the bootstrap reports how often a resample reaches.
const quotedTarget, allTarget = 88.0, 70.0

// printQuoteSpread prints, for the predictions preds of arts that scored
// r, each content+speaker F1 with the central 95% of its values over n
// resamples of size articles and how often it reaches its target.
func printQuoteSpread(w io.Writer, arts []attribution.Article, preds [][]attribution.Prediction, r attribution.Report, n, size int) {
	if size == 0 {
		size = len(arts)
	}
	all, quoted := attribution.Resample(arts, preds, n, size, bootstrapSeed)
	fmt.Fprintf(w, "bootstrap: %d resamples of %d articles drawn from the %d; content+speaker F1, the central 95%% of its resampled values, and how often it reaches its target\n", n, size, len(arts))
	for _, row := range []struct {
		name   string
		c      attribution.Counts
		values []float64
		target float64
	}{{"quoted", r.Quoted, quoted, quotedTarget}, {"all", r.All, all, allTarget}} {
		_, _, f := row.c.PRF(row.c.Speaker)
		iv := bootstrap.Central(row.values)
		fmt.Fprintf(w, "%-6s %.2f [%.2f, %.2f]  %g or more in %.1f%%\n", row.name, f, iv.Lo, iv.Hi, row.target, 100*bootstrap.Share(row.values, row.target))
	}
}

// leadPicks chooses each article's first k sentences.
func leadPicks(arts []summaries.Article, k int) [][]int {
	out := make([][]int, len(arts))
	for i, a := range arts {
		for j := 0; j < k && j < len(a.Sentences); j++ {
			out[i] = append(out[i], j)
		}
	}
	return out
}

// ideas are the scorer's main ideas, each switched off in turn by --ablate.
var ideas = []struct {
	name string
	off  func(*briefings.Weights)
}{
	{"position (lead prior)", func(w *briefings.Weights) { w.Position = 0 }},
	{"lead centrality", func(w *briefings.Weights) { w.LeadCentrality = false }},
	{"centrality", func(w *briefings.Weights) { w.Centrality = 0 }},
	{"title overlap", func(w *briefings.Weights) { w.Title = 0 }},
	{"length prior", func(w *briefings.Weights) { w.Length = false }},
	{"redundancy (MMR)", func(w *briefings.Weights) { w.Redundancy = 0 }},
}

// textRankBlends are the weights of TextRank added to newsbot's score in
// the --ablate table (both scaled so an article's best sentence scores 1).
var textRankBlends = []float64{0.2, 1, 5}

// textRanks are each article's TextRank scores, scaled so its best
// sentence scores 1.
func textRanks(docs []analysed) [][]float64 {
	out := make([][]float64, len(docs))
	for i, d := range docs {
		tr := summaries.TextRank(d.terms)
		best := 0.0
		for _, x := range tr {
			best = max(best, x)
		}
		for j := range tr {
			tr[j] /= best
		}
		out[i] = tr
	}
	return out
}

// textRankPicks chooses the k sentences TextRank ranks highest (the
// earlier on a tie), in article order: Select with no redundancy.
func textRankPicks(docs []analysed, ranks [][]float64, k int) [][]int {
	out := make([][]int, len(docs))
	for i, d := range docs {
		out[i] = briefings.Select(ranks[i], d.terms, nil, 0, k)
	}
	return out
}

// blendTextRank chooses as summarize does, with beta times each
// sentence's scaled TextRank score (textRanks) added to its score.
func blendTextRank(docs []analysed, ranks [][]float64, k int, w briefings.Weights, beta float64) [][]int {
	out := make([][]int, len(docs))
	for i, d := range docs {
		scores := briefings.ScoreArticle(d.title, d.terms, d.unfit, nil, w)
		for j := range scores {
			if scores[j] > 0 {
				scores[j] += beta * ranks[i][j]
			}
		}
		out[i] = briefings.Select(scores, d.terms, nil, w.Redundancy, k)
	}
	return out
}

func evalSummaries(ctx context.Context, env *Env, args []string) error {
	fs := evalFlags(env, "summaries")
	k := fs.Int("k", 3, "sentences chosen per article")
	out := fs.String("out", "", "write the chosen sentences here, one JSON line per article")
	ablate := fs.Bool("ablate", false, "also rerun with each idea of the scorer switched off in turn, and print the table")
	resamples := bootstrapFlag(fs)
	path, err := parseFile(fs, args)
	if err != nil {
		return err
	}
	if err := checkResamples(*resamples, 0); err != nil {
		return err
	}
	if *k < 1 {
		return fmt.Errorf("--k %d: choose at least one sentence", *k)
	}
	arts, err := summaries.LoadFile(path)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("%s: no articles", path)
	}
	start := time.Now()
	docs := analyse(arts)
	termTime := time.Since(start)

	w := briefings.DefaultWeights
	chosen, elapsed, err := summarize(ctx, docs, *k, w)
	if err != nil {
		return err
	}
	r := summaries.Score(arts, chosen)
	r.Elapsed = elapsed
	fmt.Fprintf(env.Stdout, "%s: %d articles, %d sentences, %d chosen per article (in article order)\n", filepath.Base(path), r.Articles, r.Sentences, *k)
	fmt.Fprintf(env.Stdout, "ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-Lsum %.2f  (F1, mean over articles x100, stemmed)\n", r.R1, r.R2, r.RLsum)
	fmt.Fprintf(env.Stdout, "speed: %.0f sentences/s scoring and selecting; %.0f sentences/s with term extraction (done once, at ingest)\n",
		r.SentencesPerSecond(), float64(r.Sentences)/(elapsed+termTime).Seconds())

	// The peers both tables set newsbot against, chosen once.
	var lead, textRank [][]int
	var ranks [][]float64
	if *ablate || *resamples > 0 {
		lead = leadPicks(arts, *k)
		ranks = textRanks(docs)
		textRank = textRankPicks(docs, ranks, *k)
	}
	if *ablate {
		fmt.Fprintf(env.Stdout, "\nablation: each idea of the scorer switched off in turn (default weights %+v)\n", w)
		fmt.Fprintf(env.Stdout, "%-30s %8s %8s %10s %7s %7s %9s\n", "configuration", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "ΔR-1", "ΔR-2", "ΔR-Lsum")
		row := func(name string, x summaries.Report) {
			fmt.Fprintf(env.Stdout, "%-30s %8.2f %8.2f %10.2f %+7.2f %+7.2f %+9.2f\n", name, x.R1, x.R2, x.RLsum, x.R1-r.R1, x.R2-r.R2, x.RLsum-r.RLsum)
		}
		row("default", r)
		for _, idea := range ideas {
			v := w
			idea.off(&v)
			c, _, err := summarize(ctx, docs, *k, v)
			if err != nil {
				return err
			}
			row("without "+idea.name, summaries.Score(arts, c))
		}
		row(fmt.Sprintf("lead-%d (baseline)", *k), summaries.Score(arts, lead))

		// Where the two sets pull apart: TextRank (sumy's formula, the
		// best peer on BBC) alone, and added to newsbot's score with a
		// rising weight.
		row("TextRank (sumy's formula)", summaries.Score(arts, textRank))
		for _, beta := range textRankBlends {
			row(fmt.Sprintf("default + %g x TextRank", beta), summaries.Score(arts, blendTextRank(docs, ranks, *k, w, beta)))
		}
	}
	if *resamples > 0 {
		fmt.Fprintf(env.Stdout, "\nbootstrap: %d resamples of the %d articles, paired; newsbot minus each peer, with the central 95%% of the resampled differences, and how often newsbot is level or ahead\n", *resamples, len(arts))
		ours := summaries.ScoreEach(arts, chosen)
		peers := []struct {
			name   string
			chosen [][]int
		}{
			{fmt.Sprintf("lead-%d", *k), lead},
			{"TextRank (sumy's formula)", textRank},
		}
		for _, p := range peers {
			c := summaries.Compare(ours, summaries.ScoreEach(arts, p.chosen), *resamples, bootstrapSeed)
			fmt.Fprintf(env.Stdout, "vs %s\n", p.name)
			for m, name := range []string{"ROUGE-1", "ROUGE-2", "ROUGE-Lsum"} {
				fmt.Fprintf(env.Stdout, "  %-10s %+6.2f [%+6.2f, %+6.2f]  level or ahead in %5.1f%%\n", name, c.Diff[m], c.Spread[m].Lo, c.Spread[m].Hi, 100*c.Ahead[m])
			}
			fmt.Fprintf(env.Stdout, "  all three level or ahead in %.1f%% of resamples\n", 100*c.AheadAll)
		}
	}
	if *out != "" {
		return writeLines(*out, len(arts), func(i int) any {
			sents := make([]string, 0, len(chosen[i]))
			for _, j := range chosen[i] {
				sents = append(sents, arts[i].Sentences[j])
			}
			return struct {
				ID        string   `json:"id"`
				Sentences []string `json:"sentences"`
			}{arts[i].ID, sents}
		})
	}
	return nil
}

// quotePrediction is one line's quote in `eval quotes --out`: spans are
// [start, end) code-point offsets into the article text.
type quotePrediction struct {
	Content     [][2]int `json:"content"`
	Speaker     [][2]int `json:"speaker"`
	Cue         [][2]int `json:"cue"`
	SpeakerName string   `json:"speaker_name"`
	Kind        string   `json:"kind"`
}

func spanList(spans ...newsbot.Span) [][2]int {
	out := [][2]int{}
	for _, s := range spans {
		if s.End > s.Start {
			out = append(out, [2]int{s.Start, s.End})
		}
	}
	return out
}

func evalQuotes(ctx context.Context, env *Env, args []string) error {
	fs := evalFlags(env, "quotes")
	out := fs.String("out", "", "write the extracted quotes here, one JSON line per article")
	names := fs.Int("names", 0, "also print this many statements whose speaker is \"he\" or \"she\", drawn at random (fixed seed), with the name a briefing shows and the text before it, to judge the name resolution by reading")
	modelPath := fs.String("model", "", "extract with this model (as written by \"newsbot train quotes --out\") instead of the embedded one, to measure a retrained model without rebuilding")
	resamples, size := quoteBootstrapFlags(fs)
	path, err := parseFile(fs, args)
	if err != nil {
		return err
	}
	if err := checkResamples(*resamples, *size); err != nil {
		return err
	}
	x := quotes.Extractor{Model: quotes.DefaultModel()}
	if *modelPath != "" {
		b, err := os.ReadFile(*modelPath)
		if err != nil {
			return fmt.Errorf("read model: %w", err)
		}
		if x.Model, err = quotes.ParseModel(b); err != nil {
			return fmt.Errorf("%s: %w", *modelPath, err)
		}
	}
	arts, err := attribution.LoadFile(path)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("%s: no articles", path)
	}
	found := make([][]quotes.Attribution, len(arts))
	start := time.Now()
	for i, a := range arts {
		if err := ctx.Err(); err != nil {
			return err
		}
		found[i] = x.Extract(a.Text)
	}
	elapsed := time.Since(start)
	preds := make([][]attribution.Prediction, len(arts))
	for i, atts := range found {
		for _, at := range atts {
			preds[i] = append(preds[i], attribution.Prediction{Content: at.Content, Speaker: at.Speaker})
		}
	}
	r := attribution.Score(arts, preds)
	r.Elapsed = elapsed
	fmt.Fprintf(env.Stdout, "%s: ", filepath.Base(path))
	fmt.Fprint(env.Stdout, r)
	if *resamples > 0 {
		printQuoteSpread(env.Stdout, arts, preds, r, *resamples, *size)
	}
	if *names > 0 {
		printNameSample(env.Stdout, arts, found, *names)
	}
	if *out != "" {
		return writeLines(*out, len(arts), func(i int) any {
			qs := make([]quotePrediction, 0, len(found[i]))
			for _, at := range found[i] {
				qs = append(qs, quotePrediction{
					Content:     spanList(at.Content...),
					Speaker:     spanList(at.Speaker),
					Cue:         spanList(at.Cue),
					SpeakerName: at.SpeakerName,
					Kind:        string(at.Kind),
				})
			}
			return struct {
				ID     string            `json:"id"`
				Quotes []quotePrediction `json:"quotes"`
			}{arts[i].ID, qs}
		})
	}
	return nil
}

// writeLines writes n JSON lines to path, line i being line(i).
func writeLines(path string, n int, line func(i int) any) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	bw := bufio.NewWriter(f)
	if err := encodeLines(bw, n, line); err != nil {
		f.Close()
		return fmt.Errorf("write predictions to %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write predictions to %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write predictions to %s: %w", path, err)
	}
	return nil
}

func encodeLines(w io.Writer, n int, line func(i int) any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := 0; i < n; i++ {
		if err := enc.Encode(line(i)); err != nil {
			return err
		}
	}
	return nil
}

// printNameSample prints n statements, drawn with a fixed seed, whose
// speaker mention is "he" or "she", each with the name a briefing would
// show and the 300 characters before the mention: the gold data does not
// say whom a pronoun means, so the resolution is judged by reading.
func printNameSample(w io.Writer, arts []attribution.Article, found [][]quotes.Attribution, n int) {
	type item struct {
		text []rune
		at   quotes.Attribution
	}
	var pool []item
	for i, atts := range found {
		rs := []rune(arts[i].Text)
		for _, at := range atts {
			if m := strings.ToLower(string(rs[at.Speaker.Start:at.Speaker.End])); m == "he" || m == "she" {
				pool = append(pool, item{rs, at})
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	fmt.Fprintf(w, "\nspeaker names: %d of the %d statements by \"he\" or \"she\"\n", min(n, len(pool)), len(pool))
	for k, it := range pool[:min(n, len(pool))] {
		name := it.at.SpeakerName
		if name == "" {
			name = "(unresolved)"
		}
		from := max(0, it.at.Speaker.Start-300)
		before := strings.Join(strings.Fields(string(it.text[from:it.at.Speaker.End])), " ")
		fmt.Fprintf(w, "%3d. %s\n     …%s\n", k+1, name, before)
	}
}
