package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings/quotes"
	"github.com/newsbot-dev/newsbot/eval/attribution"
)

const trainUsage = `Usage:
  newsbot train quotes FILE.jsonl [--out MODEL.bin] [--folds 5] [--epochs 8] [--seed 1] [--cv 0] [--bootstrap N [--sample M]] [-v]

quotes: learn the quote extractor's model (content boundaries, which
attributions to keep, cues outside the rules) from PolNeAR-style annotated
articles, and write it where the extractor embeds it. Training is
deterministic: the same file and flags give the same model. --cv K first
reports the extractor cross-validated over K folds of the file (each fold
scored by a model trained on the others); the in-sample figures of the
final model follow. With --cv, --bootstrap N resamples the held-out
predictions N times in sets of --sample articles (default: as many as the
file holds) and prints how far each F1 spreads and how often it reaches
its target. Train on the train file only: the dev file measures.`

// runTrain learns models from annotated data.
func runTrain(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, trainUsage)
		return errors.New("train needs a model: quotes")
	}
	switch args[0] {
	case "quotes":
		return trainQuotes(ctx, env, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(env.Stdout, trainUsage)
		return nil
	}
	fmt.Fprintln(env.Stderr, trainUsage)
	return fmt.Errorf("unknown model %q: use quotes", args[0])
}

func trainQuotes(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("train quotes", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: newsbot train quotes FILE.jsonl [flags]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	out := fs.String("out", "briefings/quotes/model.bin", "write the model here")
	folds := fs.Int("folds", 5, "cross-validation folds inside training (stacking and thresholds)")
	epochs := fs.Int("epochs", 8, "passes over the data")
	seed := fs.Uint64("seed", 1, "seed of the example order")
	cv := fs.Int("cv", 0, "report figures cross-validated over this many folds first (0: none)")
	verbose := fs.Bool("v", false, "report training progress")
	resamples, size := quoteBootstrapFlags(fs)
	path, err := parseFile(fs, args)
	if err != nil {
		return err
	}
	if err := checkResamples(*resamples, *size); err != nil {
		return err
	}
	if *resamples > 0 && *cv < 2 {
		return errors.New("--bootstrap resamples the cross-validated predictions: give --cv 2 or more")
	}
	arts, err := attribution.LoadFile(path)
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("%s: no articles", path)
	}
	opts := quotes.TrainOptions{Folds: *folds, Epochs: *epochs, Seed: *seed}
	if *verbose {
		opts.Logf = func(format string, args ...any) { fmt.Fprintf(env.Stderr, format+"\n", args...) }
	}
	samples := toSamples(arts)
	if *cv > 1 {
		r, preds, err := crossValidate(ctx, arts, samples, *cv, opts)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s, cross-validated over %d folds: ", filepath.Base(path), *cv)
		fmt.Fprint(env.Stdout, r)
		if *resamples > 0 {
			printQuoteSpread(env.Stdout, arts, preds, r, *resamples, *size)
		}
	}
	start := time.Now()
	m, err := quotes.Train(samples, opts)
	if err != nil {
		return err
	}
	b, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("train quotes: %w", err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s (%d bytes) in %s\n", *out, len(b), time.Since(start).Round(time.Millisecond))
	r := evaluate(arts, quotes.Extractor{Model: m})
	fmt.Fprintf(env.Stdout, "%s, in sample: ", filepath.Base(path))
	fmt.Fprint(env.Stdout, r)
	return nil
}

// toSamples turns annotated articles into training samples.
func toSamples(arts []attribution.Article) []quotes.Sample {
	out := make([]quotes.Sample, len(arts))
	for i, a := range arts {
		s := quotes.Sample{Text: a.Text}
		for _, g := range a.Attributions {
			if g.Content == nil {
				continue
			}
			qg := quotes.Gold{Quoted: g.Quoted()}
			for _, sp := range g.Content.Spans {
				qg.Content = append(qg.Content, newsbotSpan(sp))
			}
			if g.Source != nil {
				for _, sp := range g.Source.Spans {
					qg.Source = append(qg.Source, newsbotSpan(sp))
				}
			}
			s.Gold = append(s.Gold, qg)
		}
		out[i] = s
	}
	return out
}

func newsbotSpan(s [2]int) newsbot.Span { return newsbot.Span{Start: s[0], End: s[1]} }

// crossValidate scores the extractor on each of k folds of the articles
// with a model trained on the other folds. It returns the summed report
// and each article's held-out predictions.
func crossValidate(ctx context.Context, arts []attribution.Article, samples []quotes.Sample, k int, opts quotes.TrainOptions) (attribution.Report, [][]attribution.Prediction, error) {
	preds := make([][]attribution.Prediction, len(arts))
	var elapsed time.Duration
	for f := range k {
		if err := ctx.Err(); err != nil {
			return attribution.Report{}, nil, err
		}
		var train []quotes.Sample
		for i := range arts {
			if i%k != f {
				train = append(train, samples[i])
			}
		}
		m, err := quotes.Train(train, opts)
		if err != nil {
			return attribution.Report{}, nil, err
		}
		e := quotes.Extractor{Model: m}
		start := time.Now()
		for i := f; i < len(arts); i += k {
			preds[i] = predict(e, arts[i].Text)
		}
		elapsed += time.Since(start)
	}
	r := attribution.Score(arts, preds)
	r.Elapsed = elapsed
	return r, preds, nil
}

// predict runs the extractor on one text.
func predict(e quotes.Extractor, text string) []attribution.Prediction {
	var out []attribution.Prediction
	for _, a := range e.Extract(text) {
		out = append(out, attribution.Prediction{Content: a.Content, Speaker: a.Speaker})
	}
	return out
}

// evaluate scores an extractor on annotated articles.
func evaluate(arts []attribution.Article, e quotes.Extractor) attribution.Report {
	return attribution.Evaluate(arts, func(text string) []attribution.Prediction { return predict(e, text) })
}
