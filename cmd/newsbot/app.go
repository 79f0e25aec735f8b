package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/commands"
	"github.com/newsbot-dev/newsbot/ingest"
	"github.com/newsbot-dev/newsbot/sample"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// app is the wired program: the archive and the services over it.
type app struct {
	cfg      Config
	log      *slog.Logger
	db       *sqlite.DB
	importer *ingest.Importer
	engine   *briefings.Engine
	router   *commands.Router
	web      *ingest.Web
	subs     *ingest.Subscriptions
}

// sampleLoadedKey records that the bundled sample was loaded once, so that
// an archive a user emptied is not refilled behind their back.
const sampleLoadedKey = "sample_loaded"

// openApp opens the archive, re-analyses articles stored by an older
// engine, and (when wanted) loads the bundled sample into an empty archive.
func openApp(ctx context.Context, cfg Config, env *Env, withSample bool) (*app, error) {
	log := cfg.logger(env.Stderr)
	db, err := sqlite.Open(ctx, cfg.DB)
	if err != nil {
		return nil, fmt.Errorf("open the archive: %w", err)
	}
	a := &app{cfg: cfg, log: log, db: db}
	a.importer = &ingest.Importer{Store: db, Analyze: briefings.Analyze, Now: time.Now, Log: log, Stories: db}
	a.web, a.subs = newWeb(cfg, db, a.importer, log)
	a.engine = &briefings.Engine{Store: db}
	a.router = commands.New(&commands.Service{
		Store: db, Briefer: a.engine, Now: time.Now, Log: log, Version: version, Started: time.Now(), Feeds: a.subs,
		Digests: db,
	})
	if n, err := a.reindex(ctx, false, env.Stderr); err != nil {
		db.Close()
		return nil, err
	} else if n > 0 {
		log.Info("re-analysed articles stored by an older version", "articles", n, "analysis_version", briefings.AnalysisVersion)
	}
	if withSample && cfg.Sample {
		if err := a.loadSample(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	return a, nil
}

func (a *app) Close() error { return a.db.Close() }

func (a *app) loadSample(ctx context.Context) error {
	done, err := a.db.Setting(ctx, sampleLoadedKey)
	if err != nil || done != "" {
		return err
	}
	st, err := a.db.Stats(ctx)
	if err != nil {
		return err
	}
	if st.Articles == 0 {
		sum, err := a.importer.Bundle(ctx, sample.FS)
		if err != nil {
			return fmt.Errorf("load the bundled sample: %w", err)
		}
		a.log.Info("loaded the bundled sample archive", "added", sum.Added, "skipped", len(sum.Skipped))
	}
	return a.db.SetSetting(ctx, sampleLoadedKey, time.Now().UTC().Format(time.RFC3339))
}

// reindex re-analyses stored articles: those analysed by an older engine,
// or every one when all is set. It returns how many it re-analysed.
// Progress goes to w (when not nil) as one line a thousand articles, so a
// start after an upgrade on a large archive does not look hung.
func (a *app) reindex(ctx context.Context, all bool, w io.Writer) (int, error) {
	below := briefings.AnalysisVersion
	if all {
		below = math.MaxInt
	}
	ids, err := a.db.ArticleIDsBelowVersion(ctx, below)
	if err != nil {
		return 0, err
	}
	if w != nil && len(ids) > 0 {
		noun := "articles"
		if len(ids) == 1 {
			noun = "article"
		}
		fmt.Fprintf(w, "newsbot: re-analysing %d stored %s with this version's engine…\n", len(ids), noun)
	}
	for k, id := range ids {
		if w != nil && k > 0 && k%1000 == 0 {
			fmt.Fprintf(w, "newsbot: re-analysed %d of %d\n", k, len(ids))
		}
		arts, err := a.db.Articles(ctx, []newsbot.ArticleID{id})
		if err != nil {
			return 0, err
		}
		for i := range arts {
			briefings.Analyze(&arts[i])
			if err := a.db.ReplaceAnalysis(ctx, &arts[i]); err != nil {
				return 0, fmt.Errorf("re-analyse article %d: %w", arts[i].ID, err)
			}
		}
	}
	return len(ids), nil
}
