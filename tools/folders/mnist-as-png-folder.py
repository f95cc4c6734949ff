# Writes the bundled MNIST-10k as a folder of PNGs (one sub-folder per digit) and 300 tinted colour pictures,
# for measuring ImageFolderReader (docs/decisions/0028). Needs numpy. Usage: mnist-as-png-folder.py OUT_FOLDER
import gzip, struct, zlib, os, sys
import numpy as np
base=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../assets/datasets/mnist-10k/')
img=gzip.open(base+'images-idx3-ubyte.gz').read(); lab=gzip.open(base+'labels-idx1-ubyte.gz').read()
n=struct.unpack('>I',img[4:8])[0]
X=np.frombuffer(img[16:],dtype=np.uint8).reshape(n,28,28); y=np.frombuffer(lab[8:],dtype=np.uint8)
def png(path,a,colour=False):
    h,w=a.shape[:2]
    raw=b''.join(b'\x00'+a[r].tobytes() for r in range(h))
    def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
    ihdr=struct.pack('>IIBBBBB',w,h,8,2 if colour else 0,0,0,0)
    open(path,'wb').write(b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',ihdr)+chunk(b'IDAT',zlib.compress(raw))+chunk(b'IEND',b''))
root=sys.argv[1]; os.makedirs(root, exist_ok=True); os.chdir(root)
out='mnist-png'
for i in range(n):
    d=f'{out}/{y[i]}'; os.makedirs(d,exist_ok=True); png(f'{d}/{i:05d}.png',X[i])
# colour: 64x64 tinted digits, 3 classes, 300 images
rng=np.random.default_rng(0)
for i in range(300):
    k=int(y[i])%3; d=f'colour/{["red","green","blue"][k]}'; os.makedirs(d,exist_ok=True)
    g=np.kron(X[i],np.ones((2,2),dtype=np.uint8)).astype(np.float32)/255
    rgb=np.zeros((56,56,3),np.float32); rgb[...,k]=g; rgb+= (1-g)[...,None]*0.9
    png(f'{d}/{i:04d}.png',(rgb*255).astype(np.uint8),True)
