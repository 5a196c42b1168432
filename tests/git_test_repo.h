// A Git repository made in a test's folder with the git CLI, with fixed names, e-mails and dates,
// so a test knows every commit's date and author. The user's and the system's Git settings are
// kept out (no signing, no hooks, no default branch of theirs).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace urker::testing {

class GitTestRepo {
public:
    explicit GitTestRepo(std::filesystem::path root) : root_(std::move(root)) {
        std::filesystem::create_directories(root_);
        git("init -q -b main");
    }
    const std::filesystem::path& root() const { return root_; }

    void write(const std::string& path, const std::string& text) const {
        auto p = root_ / path;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
    }

    // Commits everything in the folder as `author` at `date` ("2026-09-12T10:00:00+05:00"); the commit's id.
    std::string commit(const std::string& message, const std::string& date, const std::string& author = "Анна Иванова") const {
        std::string env = "GIT_AUTHOR_NAME='" + author + "' GIT_AUTHOR_EMAIL=author@example.kz GIT_AUTHOR_DATE='" + date +
                          "' GIT_COMMITTER_NAME='" + author + "' GIT_COMMITTER_EMAIL=author@example.kz GIT_COMMITTER_DATE='" + date + "' ";
        git("add -A");
        git("commit -q --no-verify -m '" + message + "'", env);
        return head();
    }

    std::string head() const { return output("rev-parse HEAD"); }

    // Runs `git ARGS` in the repository; throws when it fails.
    void git(const std::string& args, const std::string& env = "") const {
        std::string cmd = "cd '" + root_.string() + "' && " + kIsolated + env + "git " + args + " >/dev/null 2>&1";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("failed: git " + args);
    }

    std::string output(const std::string& args) const {
        std::string cmd = "cd '" + root_.string() + "' && " + kIsolated + "git " + args;
        std::string out;
        if (FILE* f = popen(cmd.c_str(), "r")) {
            char buf[256];
            while (std::fgets(buf, sizeof buf, f)) out += buf;
            pclose(f);
        }
        while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
        return out;
    }

private:
    static constexpr const char* kIsolated = "env GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0 ";
    std::filesystem::path root_;
};

}  // namespace urker::testing
