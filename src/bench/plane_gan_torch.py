"""The playground's GAN in PyTorch, for comparing speed with GAN Lab's engine on the same machine.

The same networks and step as `plane --preset plane-stable-ring` (org.ganlab.train.PlaneGan): G 2 -> 64 -> 64 -> 2
and D 2 -> 64 -> 64 -> 1 with LeakyReLU(0.2), batch 256 (D sees 128 real and 128 fake points per step, its loss the
mean over both), G's non-saturating loss, Adam at 0.001 with betas 0.5 and 0.999, one D step per G step, data on a
ring of 8 Gaussians. With --penalty wgan-gp, D is a critic with the gradient penalty at lambda 0.1 (the penalty's
second derivative by double backpropagation), as in `plane-wgan-gp` but with one D step, to time the penalty alone.

    python3 src/bench/plane_gan_torch.py [--iterations 3000] [--threads 1] [--penalty none|wgan-gp]

Prints iterations_per_second= over the timed iterations (after 200 untimed ones). Needs PyTorch (Debian:
python3-torch); it is not part of the lab or its tests.
"""
import argparse
import math
import time

import torch
from torch import nn


def mlp(n_in, n_out, hidden=64, layers=2):
    parts, width = [], n_in
    for _ in range(layers):
        parts += [nn.Linear(width, hidden), nn.LeakyReLU(0.2)]
        width = hidden
    parts.append(nn.Linear(width, n_out))
    return nn.Sequential(*parts)


def ring(n, generator):
    angles = torch.randint(0, 8, (n,), generator=generator).float() * (2 * math.pi / 8)
    centres = torch.stack([2 * torch.cos(angles), 2 * torch.sin(angles)], dim=1)
    return centres + 0.02 * torch.randn(n, 2, generator=generator)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--penalty", choices=["none", "wgan-gp"], default="none")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    data = torch.Generator().manual_seed(1)
    g, d = mlp(2, 2), mlp(2, 1)
    opt_g = torch.optim.Adam(g.parameters(), lr=1e-3, betas=(0.5, 0.999), eps=1e-7)
    opt_d = torch.optim.Adam(d.parameters(), lr=1e-3, betas=(0.5, 0.999), eps=1e-7)
    bce = nn.BCEWithLogitsLoss()
    half, batch = 128, 256
    ones, zeros = torch.ones(half, 1), torch.zeros(half, 1)
    critic = args.penalty == "wgan-gp"

    def iterate():
        real = ring(half, data)
        with torch.no_grad():
            fake = g(torch.randn(half, 2))
        out = d(torch.cat([real, fake]))
        if critic:
            loss_d = (out[half:].mean() - out[:half].mean()) / 2
            t = torch.rand(half, 1)
            mixed = (t * real + (1 - t) * fake).requires_grad_(True)
            grad, = torch.autograd.grad(d(mixed).sum(), mixed, create_graph=True)
            loss_d = loss_d + 0.1 * ((grad.norm(dim=1) - 1) ** 2).mean()
        else:
            loss_d = (bce(out[:half], ones) + bce(out[half:], zeros)) / 2
        opt_d.zero_grad(set_to_none=True)
        loss_d.backward()
        opt_d.step()
        scores = d(g(torch.randn(batch, 2)))
        loss_g = -scores.mean() if critic else bce(scores, torch.ones(batch, 1))
        opt_g.zero_grad(set_to_none=True)
        loss_g.backward()
        opt_g.step()

    for _ in range(200):
        iterate()
    start = time.perf_counter()
    for _ in range(args.iterations):
        iterate()
    seconds = time.perf_counter() - start
    print(f"torch {torch.__version__}, threads {args.threads}, penalty {args.penalty}")
    print(f"iterations_per_second={args.iterations / seconds:.0f}")


if __name__ == "__main__":
    main()
