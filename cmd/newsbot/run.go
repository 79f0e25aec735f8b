package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot/bot"
)

// Settings of `newsbot run`, besides the common ones. The token itself is
// read from the environment only: a flag would show it in the process list,
// and --help would print it as the flag's default.
var (
	tokenFileSetting = setting{"token-file", "DISCORD_TOKEN_FILE", "", "file holding the Discord bot token (instead of DISCORD_TOKEN)"}
	apiBaseSetting   = setting{"api-base", "DISCORD_API_BASE", discordBase, "send Discord REST requests to this base URL instead, same path and query (a rate-limit proxy, a test double)"}
	prefixSetting    = setting{"prefix", "NEWSBOT_PREFIX", bot.DefaultPrefix, "what chat commands start with"}
	guildSetting     = setting{"guild-id", "NEWSBOT_GUILD_ID", "", "register slash commands in this server only, where they appear at once (default: globally)"}
	cooldownSetting  = setting{"cooldown", "NEWSBOT_COOLDOWN", bot.DefaultCooldown.String(), "least time between one user's commands (0 for none)"}
	shutdownSetting  = setting{"shutdown-timeout", "NEWSBOT_SHUTDOWN_TIMEOUT", bot.DefaultShutdownTimeout.String(), "at shutdown, how long replies in flight may take to finish"}
)

const discordBase = "https://discord.com"

const tokenHelp = `
Environment only:
  DISCORD_TOKEN
    	the bot token (required unless DISCORD_TOKEN_FILE or --token-file is set): in the
    	Discord developer portal, Applications → your app → Bot → Reset Token. Enable
    	"Message Content Intent" on the same page for ! commands; slash commands work without it.
`

// runConfig is what `run` adds to Config.
type runConfig struct {
	token, apiBase, prefix, guildID string
	cooldown, shutdown              time.Duration
}

// runDiscord serves the commands on Discord until SIGINT or SIGTERM.
func runDiscord(ctx context.Context, env *Env, args []string) error {
	fs, values := flagSet(env, "run", "", append([]setting{tokenFileSetting, apiBaseSetting, prefixSetting, guildSetting, cooldownSetting, shutdownSetting}, feedSettings...)...)
	addSettings(env, fs, values, digestGraceSetting, digestWorkersSetting)
	usage := fs.Usage
	fs.Usage = func() {
		usage()
		fmt.Fprint(fs.Output(), tokenHelp)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("run takes no arguments, got %q", fs.Args())
	}
	cfg, err := parseConfig(values)
	if err != nil {
		return err
	}
	rc, err := parseRunConfig(env, values)
	if err != nil {
		return err
	}
	dc, err := parseDigestConfig(values)
	if err != nil {
		return err
	}
	fc, err := parseFeedConfig(values)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, cfg, env, true)
	if err != nil {
		return err
	}
	defer a.Close()
	a.router.Complete = func(ctx context.Context, prefix string) []string {
		topics, err := a.db.SuggestTopics(ctx, prefix, 25)
		if err != nil {
			a.log.Warn("suggest topics", "prefix", prefix, "err", err)
		}
		return topics
	}
	where := "globally (new commands can take a while to appear)"
	if rc.guildID != "" {
		where = "in server " + rc.guildID
	}
	// Feed polling and digests start once the bot is connected and the
	// archive knows which servers it is still in (it may have been removed
	// from some while offline), so that nothing is polled or posted for a
	// server it has left. Both are waited for before the archive closes.
	var b *bot.Bot
	stopFeeds, stopDigests := func() {}, func() {}
	defer func() { stopDigests(); stopFeeds() }()
	b, err = bot.New(bot.Config{
		Token: rc.token, APIBase: rc.apiBase, Prefix: rc.prefix, GuildID: rc.guildID,
		Cooldown: rc.cooldown, ShutdownTimeout: rc.shutdown, Guilds: a.db,
		OnReady: func(user string) {
			st, _ := a.db.Stats(ctx)
			fmt.Fprintf(env.Stdout, "newsbot %s: connected to Discord as %s, %s; slash commands registered %s, chat commands start with %s. Ctrl-C stops.\n",
				version, user, countArticles(st.Articles), where, rc.prefix)
			stopFeeds = startPoller(ctx, a, fc, b) // notices go through the bot
			stopDigests = startDigests(ctx, a, b, rc.prefix, dc)
		},
	}, a.router, a.log)
	if err != nil {
		return err
	}
	a.log.Info("starting the Discord bot", "db", cfg.DB, "api_base", rc.apiBase, "prefix", rc.prefix, "guild_id", rc.guildID,
		"cooldown", rc.cooldown, "shutdown_timeout", rc.shutdown, "token", "(set, redacted)")
	if err := b.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "newsbot: disconnected from Discord.")
	return nil
}

// parseRunConfig reads the token and checks run's settings, before anything
// is opened, so that a mistake is reported at once and clearly.
func parseRunConfig(env *Env, values map[string]*string) (runConfig, error) {
	rc := runConfig{
		apiBase: strings.TrimSpace(*values["api-base"]),
		prefix:  strings.TrimSpace(*values["prefix"]),
		guildID: strings.TrimSpace(*values["guild-id"]),
	}
	if strings.EqualFold(strings.TrimRight(rc.apiBase, "/"), discordBase) {
		rc.apiBase = ""
	}
	if rc.prefix == "" {
		return rc, errors.New("the command prefix is empty: set --prefix or NEWSBOT_PREFIX, for example to !")
	}
	if strings.ContainsFunc(rc.prefix, func(r rune) bool { return r == ' ' || r == '\t' }) {
		return rc, fmt.Errorf("the command prefix %q contains a space", rc.prefix)
	}
	if rc.guildID != "" {
		if _, err := strconv.ParseUint(rc.guildID, 10, 64); err != nil {
			return rc, fmt.Errorf("guild ID %q: want the server's numeric ID (Discord: Server Settings → Widget, or right-click the server with Developer Mode on → Copy Server ID)", rc.guildID)
		}
	}
	var err error
	if rc.cooldown, err = parseDuration("cooldown", *values["cooldown"]); err != nil {
		return rc, err
	}
	if rc.cooldown == 0 {
		rc.cooldown = -1 // bot.Config's "none"
	}
	if rc.shutdown, err = parseDuration("shutdown timeout", *values["shutdown-timeout"]); err != nil {
		return rc, err
	}
	rc.token, err = readToken(env, *values["token-file"])
	return rc, err
}

// parseDuration reads "3s", "1m30s" or a plain number of seconds.
func parseDuration(name, s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseFloat(s, 64); err == nil && n >= 0 {
		return time.Duration(n * float64(time.Second)), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%s %q: use a duration such as 3s or 1m", name, s)
	}
	return d, nil
}

// readToken takes the bot token from DISCORD_TOKEN or from the file named
// by DISCORD_TOKEN_FILE (or --token-file), and checks its form.
func readToken(env *Env, file string) (string, error) {
	raw, source := env.Getenv("DISCORD_TOKEN"), "DISCORD_TOKEN"
	file = strings.TrimSpace(file)
	switch {
	case file != "" && strings.TrimSpace(raw) != "":
		return "", errors.New("both DISCORD_TOKEN and DISCORD_TOKEN_FILE are set: keep one")
	case file != "":
		data, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read the Discord token file: %w", err)
		}
		raw, source = string(data), "the token file "+file
	}
	token, err := bot.ParseToken(raw)
	if errors.Is(err, bot.ErrNoToken) {
		if file != "" {
			return "", fmt.Errorf("%s is empty: it should hold the bot token", source)
		}
		return "", errors.New("newsbot run needs a Discord bot token: set DISCORD_TOKEN (or DISCORD_TOKEN_FILE to a file holding it). " +
			"Create one in the Discord developer portal: https://discord.com/developers/applications → your app → Bot → Reset Token")
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", source, err)
	}
	return token, nil
}
