"""The bot's own HTTP server (Starlette on uvicorn): /healthz and the channels' webhooks."""

from __future__ import annotations

import socket

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route


async def healthz(_request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


def build_http_app(routes: list[BaseRoute]) -> Starlette:
    return Starlette(routes=[Route("/healthz", healthz), *routes])


def make_server(app: Starlette, host: str, port: int) -> uvicorn.Server:
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                            lifespan="off")
    return uvicorn.Server(config)


def bound_socket(host: str, port: int) -> socket.socket:
    """A listening socket (port 0 picks a free one) for tests and benchmarks.

    Made with IPPROTO_TCP so the connections it accepts have Nagle's algorithm off, as they
    do when uvicorn binds host and port itself (`loop.create_server`, as `make_server` does in
    production): asyncio sets TCP_NODELAY only on a socket whose `proto` says TCP. With proto
    0 every small response of a stand-in could wait ~40 ms for the client's delayed ACK, and
    tests and benchmarks would run at a pace no real deployment has."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(512)
    return sock
