package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Config is what the subcommands are configured by: flags, each with an
// environment variable, defaults shown by --help.
type Config struct {
	DB       string
	LogLevel slog.Level
	Sample   bool // load the bundled sample archive into an empty database
	// AllowPrivate lets feeds and pages on loopback and private networks
	// be fetched (see feeds.go).
	AllowPrivate bool
}

// setting is one configurable value: its flag, its variable, its default.
type setting struct {
	flag, env, def, help string
}

var (
	dbSetting     = setting{"db", "NEWSBOT_DB", defaultDBPath(), "SQLite database file, created with its folder when missing"}
	logSetting    = setting{"log-level", "NEWSBOT_LOG_LEVEL", "warn", "log level: debug, info, warn or error (logs go to stderr)"}
	sampleSetting = setting{"sample", "NEWSBOT_SAMPLE", "true", "load the bundled sample article into an empty database"}
)

// defaultDBPath is $XDG_DATA_HOME/newsbot/newsbot.db, else
// ~/.local/share/newsbot/newsbot.db, else ./newsbot.db.
func defaultDBPath() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "newsbot", "newsbot.db")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "newsbot", "newsbot.db")
	}
	return "newsbot.db"
}

// flagSet builds a subcommand's flags over the common settings; the
// environment supplies each default, the flag overrides it.
func flagSet(env *Env, name, args string, extra ...setting) (*flag.FlagSet, map[string]*string) {
	fs := flag.NewFlagSet("newsbot "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	values := map[string]*string{}
	all := append([]setting{dbSetting, logSetting, sampleSetting, allowPrivateSetting}, extra...)
	for _, s := range all {
		def := s.def
		if v := env.Getenv(s.env); v != "" {
			def = v
		}
		values[s.flag] = fs.String(s.flag, def, fmt.Sprintf("%s (env %s)", s.help, s.env))
	}
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: newsbot %s [flags] %s\n\nFlags (each also set by its environment variable):\n", name, args)
		fs.PrintDefaults()
	}
	return fs, values
}

func parseConfig(values map[string]*string) (Config, error) {
	c := Config{DB: *values["db"]}
	if err := c.LogLevel.UnmarshalText([]byte(*values["log-level"])); err != nil {
		return c, fmt.Errorf("log level %q: use debug, info, warn or error", *values["log-level"])
	}
	b, err := strconv.ParseBool(*values["sample"])
	if err != nil {
		return c, fmt.Errorf("sample %q: use true or false", *values["sample"])
	}
	c.Sample = b
	if c.AllowPrivate, err = parseAllowPrivate(*values[allowPrivateSetting.flag]); err != nil {
		return c, err
	}
	if strings.TrimSpace(c.DB) == "" {
		return c, fmt.Errorf("the database path is empty: set --db or NEWSBOT_DB")
	}
	return c, nil
}

// logger writes structured logs to w.
func (c Config) logger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: c.LogLevel}))
}

// parseArgs parses flags wherever they stand among the arguments, as
// people type them ("newsbot brief syria --db x"); everything after "--"
// is an argument.
func parseArgs(fs *flag.FlagSet, args []string) error {
	var tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return fs.Parse(append([]string{"--"}, append(positional, tail...)...))
}
