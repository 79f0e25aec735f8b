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
  newsbot train quotes FILE.jsonl [--out MODEL.bin] [--folds 5] [--epochs 8] [--seed 1] [--cv 0] [-v]

quotes: learn the quote extractor's model (content boundaries, which
attributions to keep, cues outside the rules) from PolNeAR-style annotated
articles, and write it where the extractor embeds it. Training is
deterministic: the same file and flags give the same model. --cv K first
reports the extractor cross-validated over K folds of the file (each fold
scored by a model trained on the others); the in-sample figures of the
final model follow. Train on the train file only: the dev file measures.`

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
	path, err := parseFile(fs, args)
	if err != nil {
		return err
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
		r, err := crossValidate(ctx, arts, samples, *cv, opts)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "%s, cross-validated over %d folds: ", filepath.Base(path), *cv)
		fmt.Fprint(env.Stdout, r)
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
// with a model trained on the other folds, and adds up the counts.
func crossValidate(ctx context.Context, arts []attribution.Article, samples []quotes.Sample, k int, opts quotes.TrainOptions) (attribution.Report, error) {
	var total attribution.Report
	for f := range k {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		var train []quotes.Sample
		var test []attribution.Article
		for i := range arts {
			if i%k == f {
				test = append(test, arts[i])
			} else {
				train = append(train, samples[i])
			}
		}
		m, err := quotes.Train(train, opts)
		if err != nil {
			return total, err
		}
		r := evaluate(test, quotes.Extractor{Model: m})
		total.Articles += r.Articles
		total.Elapsed += r.Elapsed
		for _, p := range []struct{ to, from *attribution.Counts }{{&total.All, &r.All}, {&total.Quoted, &r.Quoted}} {
			p.to.Predicted += p.from.Predicted
			p.to.Gold += p.from.Gold
			p.to.Content += p.from.Content
			p.to.Speaker += p.from.Speaker
		}
	}
	return total, nil
}

// evaluate scores an extractor on annotated articles.
func evaluate(arts []attribution.Article, e quotes.Extractor) attribution.Report {
	return attribution.Evaluate(arts, func(text string) []attribution.Prediction {
		var out []attribution.Prediction
		for _, a := range e.Extract(text) {
			out = append(out, attribution.Prediction{Content: a.Content, Speaker: a.Speaker})
		}
		return out
	})
}
